using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Mentors;
using Network.Server.SkillsGaps;

namespace Network.Server.Matching;

public sealed class MentorMatchGraphType : ObjectGraphType<MentorMatch>
{
    public MentorMatchGraphType()
    {
        Name = "MentorMatch";
        Description = "A suggested partner, with the score and everything that makes it up.";
        Field<NonNullGraphType<MentorGraphType>>("partner").Resolve(c => c.Service<MentorByIdDataLoader>().LoadAsync(c.Source.Score.PartnerId).Then(m => m!));
        Field<NonNullGraphType<FloatGraphType>>("score")
            .Description("Higher is better; see the README for the weights.")
            .Resolve(c => Math.Round(c.Source.Score.Score, 2));
        Field<NonNullGraphType<FloatGraphType>>("distanceKm").Resolve(c => Math.Round(c.Source.Score.DistanceKm, 2));
        Field<NonNullGraphType<EnumerationGraphType<MentoringFormat>>>("format").Description("How the pair would meet.").Resolve(c => c.Source.Score.Format);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchedSkillGraphType>>>>("teaches")
            .Description("Skills the mentor can teach the partner.")
            .Resolve(c => c.Source.Score.Teaches);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchedSkillGraphType>>>>("learns")
            .Description("Skills the mentor can learn from the partner.")
            .Resolve(c => c.Source.Score.Learns);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillsGapGraphType>>>>("gapsAddressed")
            .Description("Open skills gaps of either employer that the exchange addresses.")
            .Resolve(c => new DataLoaderList<SkillsGap>([.. c.Source.GapsAddressed.Select(id => c.Service<SkillsGapByIdDataLoader>().LoadAsync(id))]));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons")
            .Description("The score explained, one reason per line.")
            .Resolve(c => c.Source.Score.Reasons);
    }
}
