using GraphQL.Types;
using Network.Server.Employers;
using Network.Server.Matching;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Privacy;
using Network.Server.SkillsGaps;

namespace Network.Server.GraphQL;

/// <summary>The flat root mutation: each feature contributes its fields.</summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        this.AddEmployerMutations();
        this.AddSkillsGapMutations();
        this.AddMentorMutations();
        this.AddPairingMutations();
        this.AddPersonalDataMutations();
        this.AddPlanningMutations();
    }
}
