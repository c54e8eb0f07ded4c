using System.ComponentModel;
using GraphQL;

namespace Network.Server.Programmes;

public sealed record CancelProgrammeInput(
    [property: Id] string ProgrammeId,
    [property: Description("Why, for the participants; up to 500 characters.")] string Reason);
