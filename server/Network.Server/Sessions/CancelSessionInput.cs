using System.ComponentModel;
using GraphQL;

namespace Network.Server.Sessions;

public sealed record CancelSessionInput(
    [property: Id] string SessionId,
    [property: Description("Why, for the partner and the pairing's record; up to 500 characters.")] string Reason);
