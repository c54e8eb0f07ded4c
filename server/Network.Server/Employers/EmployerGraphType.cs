using GraphQL.Types;
using Network.Server.Geo;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.GraphQL.Relay;
using Network.Server.GraphQL.Spatial;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.SkillsGaps;

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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillsGapGraphType>>>>("skillsGaps")
            .Description("The employer's skills gaps, most recent first; open ones only for anonymous callers.")
            .Resolve(c =>
            {
                var caller = c.Caller();
                var gaps = c.Service<SkillsGapsByEmployerIdDataLoader>().LoadAsync(c.Source.Id);
                return caller.IsAuthenticated ? gaps : gaps.Then(all => all.Where(g => SkillsGapAccess.IsVisible(caller, g)).ToList());
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentorGraphType>>>>("mentors")
            .Description("The employer's volunteer mentors who are still active.")
            .Resolve(c => c.Service<MentorsByEmployerIdDataLoader>().LoadAsync(c.Source.Id));
    }
}
