using Network.Server.Programmes;
using Network.Server.Training;

namespace Network.Server.Seeding;

/// <summary>The demo programmes' rows, before their pairings.</summary>
internal sealed class DemoProgrammeRows
{
    public List<Programme> Programmes { get; } = [];

    public List<ProgrammeConduct> Conduct { get; } = [];

    public List<ProgrammeEmployer> Employers { get; } = [];

    public List<ProgrammeObjective> Objectives { get; } = [];

    public List<ProgrammeEnrolment> Enrolments { get; } = [];

    /// <summary>Completions count for every programme that requires the module, so a mentor completes each module once.</summary>
    public Dictionary<(int MentorId, int ModuleId), TrainingCompletion> Training { get; } = [];
}
