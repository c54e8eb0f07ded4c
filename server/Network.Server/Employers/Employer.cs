using System.ComponentModel.DataAnnotations.Schema;
using NetTopologySuite.Geometries;
using Network.Server.GraphQL.Spatial;
using Network.Server.Skills;

namespace Network.Server.Employers;

[Table("employers")]
public sealed class Employer : ILocated
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public Sector Sector { get; set; }

    public SizeBand Size { get; set; }

    public string? Website { get; set; }

    /// <summary>The postcode as registered, in canonical form.</summary>
    public required string Postcode { get; set; }

    public required Point Location { get; set; }

    public required string LocalAuthorityCode { get; set; }

    public required string LocalAuthorityName { get; set; }

    /// <summary>Whether a pairing of one of the employer's mentors needs an employer admin's approval as well as the mentor's acceptance.</summary>
    public bool RequiresPairingApproval { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    [NotMapped]
    public double? DistanceKm { get; set; }
}
