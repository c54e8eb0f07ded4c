using GraphQL.Types;
using Network.Server.Geo;
using Network.Server.GraphQL.Relay;
using Network.Server.GraphQL.Spatial;

namespace Network.Server.Employers;

public sealed class EmployerGraphType : ObjectGraphType<Employer>
{
    public EmployerGraphType()
    {
        Name = "Employer";
        Description = "A West Midlands employer taking part in the network.";
        this.ImplementNode(e => e.Id);
        Field(e => e.Name);
        Field(e => e.Sector);
        Field(e => e.Size).Description("Size band by headcount.");
        Field(e => e.Website, nullable: true);
        Field(e => e.Postcode).Description("The registered postcode.");
        Field<NonNullGraphType<GeoJsonPointGraphType>>("location").Description("The centre of the employer's postcode district.").Resolve(c => c.Source.Location);
        Field<NonNullGraphType<LocalAuthorityGraphType>>("localAuthority").Resolve(c =>
            PostcodeDirectory.Instance.FindLocalAuthority(c.Source.LocalAuthorityCode)
            ?? new LocalAuthority(c.Source.LocalAuthorityCode, c.Source.LocalAuthorityName, false));
        Field(e => e.DistanceKm, nullable: true).Description("Kilometres from the `near` origin of the list this came from; null elsewhere.");
        Field(e => e.RequiresPairingApproval)
            .Description("Whether pairings of the employer's mentors need an employer admin's approval (through `acceptPairing`) as well as the mentor's acceptance.");
        Field(e => e.CreatedAt);
        Field(e => e.UpdatedAt);
    }
}
