using System.ComponentModel;
using GraphQL;

namespace Network.Server.Sessions;

public sealed record RescheduleSessionInput(
    [property: Id] string SessionId,
    [property: Description("The new start, with its UTC offset.")] DateTimeOffset StartsAt,
    [property: Description("The new length in minutes; unchanged when left out.")] int? DurationMinutes);
