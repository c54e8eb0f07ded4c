using System.ComponentModel;
using GraphQL;

namespace Network.Server.Concerns;

public sealed record ReportConcernInput(
    [property: Id] string ProgrammeId,
    [property: Id, Description("The reporting mentor: the caller.")] string MentorId,
    ConcernSubjectInput About,
    ConcernCategory Category,
    [property: Description("What happened, for the programme's coordinators: 10 to 4,000 characters.")] string Description);
