using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.Skills;

namespace Network.Server.Pairings;

public sealed class PairingSkillGraphType : ObjectGraphType<PairingSkill>
{
    public PairingSkillGraphType()
    {
        Name = "PairingSkill";
        Description = "A skill one side of a pairing teaches the other.";
        Field<NonNullGraphType<SkillGraphType>>("skill").Resolve(c => c.Service<SkillByIdDataLoader>().LoadAsync(c.Source.SkillId));
        Field(s => s.AddressesGap).Description("Whether the skill addressed an open skills gap of the learner's employer when the pairing was proposed.");
    }
}
