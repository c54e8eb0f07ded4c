using System.ComponentModel.DataAnnotations.Schema;
using NetTopologySuite.Geometries;
using Network.Server.GraphQL.Spatial;
using Network.Server.Skills;

namespace Network.Server.Programmes;

/// <summary>
/// A reverse-mentoring programme: objectives tied to skills gaps, an area and sectors it recruits from,
/// a timeframe, how often pairs meet, how many pairs it takes, its training and code of conduct.
/// </summary>
[Table("programmes")]
public sealed partial class Programme : ILocated
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public List<Sector> Sectors { get; set; } = [];

    /// <summary>The local authorities the programme recruits in; empty when its area is a circle.</summary>
    public List<string> LocalAuthorityCodes { get; set; } = [];

    /// <summary>The area's centre: the circle's, or the middle of its local authorities' postcode districts.</summary>
    public required Point Location { get; set; }

    /// <summary>The circle's radius when the area is a circle around <see cref="Location"/>; null for local authorities.</summary>
    public double? RadiusKm { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>The last day employers may join and mentors enrol.</summary>
    public DateOnly EnrolmentClosesOn { get; set; }

    /// <summary>How often pairs are expected to meet, in weeks.</summary>
    public int SessionEveryWeeks { get; set; }

    public int SessionMinutes { get; set; }

    /// <summary>The fewest sessions a pair is expected to hold.</summary>
    public int MinimumSessions { get; set; }

    /// <summary>The most pairs the programme takes; twice as many mentors may enrol.</summary>
    public int MaxPairs { get; set; }

    public ProgrammeStatus Status { get; set; }

    /// <summary>The identity-provider subjects of the coordinators who run it; the creator first.</summary>
    public List<string> CoordinatorSubjects { get; set; } = [];

    /// <summary>The training modules a mentor completes before being paired within it.</summary>
    public List<int> RequiredTrainingModuleIds { get; set; } = [];

    /// <summary>The current version of its code of conduct.</summary>
    public int ConductVersion { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? OpenedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public string? CancellationReason { get; set; }

    [NotMapped]
    public double? DistanceKm { get; set; }

    /// <summary>The most mentors that may be enrolled at once: two for each pair.</summary>
    public int MaxMentors => MaxPairs * 2;
}
