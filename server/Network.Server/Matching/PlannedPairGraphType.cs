using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Mentors;
using Network.Server.Scoring;

namespace Network.Server.Matching;

public sealed class PlannedPairGraphType : ObjectGraphType<PairScore>
{
    public PlannedPairGraphType()
    {
        Name = "PlannedPair";
        Description = "A pair the plan chose, with its score explained.";
        Field<NonNullGraphType<MentorGraphType>>("mentor").Resolve(c => c.Service<MentorByIdDataLoader>().LoadAsync(c.Source.MentorId).Then(m => m!));
        Field<NonNullGraphType<MentorGraphType>>("partner").Resolve(c => c.Service<MentorByIdDataLoader>().LoadAsync(c.Source.PartnerId).Then(m => m!));
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(c => Math.Round(c.Source.Score, 2));
        Field<NonNullGraphType<FloatGraphType>>("distanceKm").Resolve(c => Math.Round(c.Source.DistanceKm, 2));
        Field<NonNullGraphType<EnumerationGraphType<MentoringFormat>>>("format").Resolve(c => c.Source.Format);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchedSkillGraphType>>>>("teaches").Description("Skills the mentor teaches the partner.").Resolve(c => c.Source.Teaches);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchedSkillGraphType>>>>("learns").Description("Skills the partner teaches the mentor.").Resolve(c => c.Source.Learns);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Resolve(c => c.Source.Reasons);
    }
}
