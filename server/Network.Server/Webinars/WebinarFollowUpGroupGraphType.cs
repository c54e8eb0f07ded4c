using GraphQL.Types;
using Network.Server.Evaluation;
using Network.Server.Geo;
using Network.Server.GraphQL;
using Network.Server.Skills;

namespace Network.Server.Webinars;

public sealed class WebinarFollowUpGroupGraphType : ObjectGraphType<WebinarFollowUpGroup>
{
    public WebinarFollowUpGroupGraphType()
    {
        Name = "WebinarFollowUpGroup";
        Description = "One row of a webinar's follow-up: a sector, a local authority or a topic skill (the one the list is by; the others are null).";
        Field(g => g.Sector, nullable: true);
        Field<LocalAuthorityGraphType>("localAuthority").Resolve(c => c.Source.LocalAuthority);
        Field<SkillGraphType>("topic").Resolve(c => c.Source.TopicSkillId is { } id ? c.Service<SkillByIdDataLoader>().LoadAsync(id) : null);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("registered").Description("Registrants who held a seat.").Resolve(c => c.Source.Registered);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("attended").Description("Registrants recorded as having come.").Resolve(c => c.Source.Attended);
    }
}
