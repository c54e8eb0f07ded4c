using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Programmes;

/// <summary>A skill an objective targets.</summary>
[Table("programme_objective_skills")]
public sealed class ProgrammeObjectiveSkill
{
    public int ObjectiveId { get; set; }

    public int SkillId { get; set; }
}
