using GraphQL.Types;
using Network.Server.Employers;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Skills;

namespace Network.Server.SkillsGaps;

public sealed class SkillsGapGraphType : ObjectGraphType<SkillsGap>
{
    public SkillsGapGraphType()
    {
        Name = "SkillsGap";
        Description = "A skill an employer lacks and finds hard to recruit, as the employer published it.";
        this.ImplementNode(g => g.Id);
        // Read with the gap when the gap's statement joined it (a page or an employer's gaps that select it), else by loader.
        Field<NonNullGraphType<SkillGraphType>>("skill")
            .Resolve(c => (object?)c.Source.Skill ?? c.Service<SkillByIdDataLoader>().LoadAsync(c.Source.SkillId));
        Field<NonNullGraphType<EmployerGraphType>>("employer")
            .Resolve(c => (object?)c.Source.Employer ?? c.Service<EmployerByIdDataLoader>().LoadAsync(c.Source.EmployerId));
        Field(g => g.Sector).Description("The sector the gap is felt in.");
        Field(g => g.Severity);
        Field(g => g.HardToFillVacancies).Description("Vacancies for this skill the employer reports as hard to fill.");
        Field(g => g.Description, nullable: true);
        Field(g => g.ExternalReference, nullable: true)
            .Description("The employer's own reference for the gap, as given when importing it. Visible to the employer's admins, coordinators and administrators, who may import; null for everyone else.")
            .Resolve(c => SkillsGapAccess.MayReadExternalReference(c.Caller(), c.Source) ? c.Source.ExternalReference : null);
        Field(g => g.Status);
        Field(g => g.DistanceKm, nullable: true).Description("Kilometres from the `near` origin to the employer; null without `near`.");
        Field(g => g.PublishedAt);
        Field(g => g.UpdatedAt);
        Field(g => g.ClosedAt, nullable: true);
    }
}
