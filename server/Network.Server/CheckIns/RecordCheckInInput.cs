using System.ComponentModel;
using GraphQL;

namespace Network.Server.CheckIns;

public sealed record RecordCheckInInput(
    [property: Id] string PairingId,
    [property: Description("What the coordinator found; up to 2,000 characters.")] string Note,
    [property: Description("The actions agreed, up to 10 of up to 200 characters each.")] List<string>? Actions,
    [property: Description("When to look again: today or later.")] DateOnly? FollowUpOn);
