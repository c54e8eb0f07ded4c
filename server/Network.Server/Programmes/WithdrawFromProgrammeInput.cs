using System.ComponentModel;
using GraphQL;

namespace Network.Server.Programmes;

public sealed record WithdrawFromProgrammeInput(
    [property: Id] string ProgrammeId,
    [property: Id] string MentorId,
    [property: Description("Why, for the programme's coordinators; up to 500 characters.")] string? Reason);
