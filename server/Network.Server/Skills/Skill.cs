using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Skills;

/// <summary>A skill of the curated taxonomy.</summary>
[Table("skills")]
public sealed class Skill
{
    public int Id { get; set; }

    /// <summary>A stable, readable key such as <c>cybersecurity</c>.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public SkillCategory Category { get; set; }

    /// <summary>The sectors in which the skill is most in demand.</summary>
    public List<Sector> Sectors { get; set; } = [];

    public string? EscoUri { get; set; }
}
