using System.ComponentModel.DataAnnotations.Schema;
using NetTopologySuite.Geometries;
using Network.Server.Employers;
using Network.Server.GraphQL.Spatial;

namespace Network.Server.Mentors;

/// <summary>A volunteer employee who teaches some skills and learns others, across companies.</summary>
[Table("mentors")]
public sealed class Mentor : ILocated
{
    public const int MaxExternalReferenceLength = 100;

    public int Id { get; set; }

    public int EmployerId { get; set; }

    public Employer? Employer { get; set; }

    /// <summary>The employer's own reference for the person, unique within the employer; set by imports, which match on it.</summary>
    public string? ExternalReference { get; set; }

    /// <summary>Null once the mentor has erased their personal data.</summary>
    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public string? JobTitle { get; set; }

    public CareerStage CareerStage { get; set; }

    /// <summary>How many pairings the mentor can hold at once.</summary>
    public int Capacity { get; set; }

    public MentoringFormat Format { get; set; }

    public int MaxTravelKm { get; set; }

    public List<Availability> Availability { get; set; } = [];

    /// <summary>The postcode district the mentor meets from, in canonical form.</summary>
    public required string Postcode { get; set; }

    public required Point Location { get; set; }

    public required string LocalAuthorityCode { get; set; }

    public MentorStatus Status { get; set; }

    public List<OfferedSkill> Offers { get; set; } = [];

    public List<WantedSkill> Wants { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>When the mentor erased their personal data; the rest of the record remains for anonymised figures.</summary>
    public DateTimeOffset? ErasedAt { get; set; }

    [NotMapped]
    public double? DistanceKm { get; set; }
}
