using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Scoring;
using Network.Server.Skills;

namespace Network.Server.Matching;

public sealed class MatchedSkillGraphType : ObjectGraphType<SkillFlow>
{
    public MatchedSkillGraphType()
    {
        Name = "MatchedSkill";
        Description = "A skill one partner can teach the other.";
        Field<NonNullGraphType<SkillGraphType>>("skill").Resolve(c => c.Service<SkillByIdDataLoader>().LoadAsync(c.Source.SkillId).Then(s => s!));
        Field<NonNullGraphType<BooleanGraphType>>("addressesGap")
            .Description("Whether the skill addresses an open skills gap published by the learner's employer.")
            .Resolve(c => c.Source.AddressesGap);
    }
}
