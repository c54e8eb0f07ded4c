using GraphQL.Types;
using Network.Server.Geo;
using Network.Server.GraphQL.Spatial;

namespace Network.Server.Programmes;

/// <summary>Where a programme recruits: a list of local authorities, or a circle.</summary>
public sealed class ProgrammeAreaGraphType : ObjectGraphType<Programme>
{
    public ProgrammeAreaGraphType()
    {
        Name = "ProgrammeArea";
        Description = "Where a programme recruits employers and mentors: the local authorities listed, or within a circle.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocalAuthorityGraphType>>>>("localAuthorities")
            .Description("The local authorities of the area; empty when the area is a circle.")
            .Resolve(c => c.Source.LocalAuthorityCodes.Select(code => PostcodeDirectory.Instance.FindLocalAuthority(code) ?? new LocalAuthority(code, code, false)).ToList());
        Field<NonNullGraphType<GeoJsonPointGraphType>>("centre")
            .Description("The circle's centre, or the middle of the local authorities' postcode districts.")
            .Resolve(c => c.Source.Location);
        Field(p => p.RadiusKm, nullable: true).Description("The circle's radius in kilometres; null when the area is local authorities.");
    }
}
