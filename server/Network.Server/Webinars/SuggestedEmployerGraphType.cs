using GraphQL.Types;
using Network.Server.Employers;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Identity;
using Network.Server.Skills;

namespace Network.Server.Webinars;

public sealed class SuggestedEmployerGraphType : ObjectGraphType<SuggestedEmployer>
{
    public SuggestedEmployerGraphType()
    {
        Name = "SuggestedEmployer";
        Description = "An employer with open skills gaps in a webinar's topics, ranked by score, with the reasons. For the webinar's organiser and administrators.";
        this.ReadableBy(Role.Organiser, Role.Admin);
        Field<NonNullGraphType<EmployerGraphType>>("employer")
            .Resolve(c => c.Service<EmployerByIdDataLoader>().LoadAsync(c.Source.EmployerId));
        Field(s => s.Sector).Description("The employer's sector.");
        Field(s => s.OpenGapCount).Description("Its open gaps in the webinar's topics (and sectors, when it names some).");
        Field<NonNullGraphType<SkillsGapSeverityCountsGraphType>>("gapsBySeverity").Resolve(c => c.Source);
        Field(s => s.HardToFillVacancies).Description("The hard-to-fill vacancies of those gaps.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillGraphType>>>>("topics")
            .Description("The webinar's topics the employer has open gaps in, in the webinar's order.")
            .Resolve(c => c.Service<SkillByIdDataLoader>()
                .LoadManyAsync([.. c.Source.Reasons.Where(r => r.Kind == ParticipantReasonKind.OpenGap).Select(r => r.SkillId!.Value)])
                .Then(skills => skills.OfType<Skill>().ToList()));
        Field<FloatGraphType>("distanceKm")
            .Description("Kilometres from the employer's postcode district to an IN_PERSON webinar's venue; null for ONLINE webinars.")
            .Resolve(c => c.Source.DistanceMetres is { } metres ? Math.Round(metres / 1000, 1) : null);
        this.AddSuggestionFields(s => s.Score, s => s.Reasons, s => s.InvitationId, s => s.RegistrationStatus);
    }
}
