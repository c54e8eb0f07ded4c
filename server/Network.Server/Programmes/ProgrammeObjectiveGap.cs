using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Programmes;

/// <summary>An open skills gap of an employer in the programme that an objective addresses.</summary>
[Table("programme_objective_gaps")]
public sealed class ProgrammeObjectiveGap
{
    public int ObjectiveId { get; set; }

    public int SkillsGapId { get; set; }
}
