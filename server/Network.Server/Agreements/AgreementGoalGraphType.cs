using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Skills;

namespace Network.Server.Agreements;

public sealed class AgreementGoalGraphType : ObjectGraphType<AgreementGoal>
{
    public AgreementGoalGraphType()
    {
        Name = "AgreementGoal";
        Description = "A goal of a pairing agreement: what its owner wants to learn, tied to a skill their partner teaches them.";
        this.ReadableBy(PairingAccess.Readers);
        this.DataSubject(g => new DataSubject(g.OwnerMentorId, g.OwnerEmployerId));
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The goal's ID, for a session's agenda; each version of an agreement has goals of its own.")
            .Resolve(c => GlobalId.Serialize("AgreementGoal", c.Source.Id));
        Field(g => g.Statement, nullable: true)
            .Description("The goal in the owner's words, also readable by their partner in the pairing; null once the owner erased their data.")
            .PersonalData();
        Field<NonNullGraphType<SkillGraphType>>("skill")
            .Resolve(c => c.Service<SkillByIdDataLoader>().LoadAsync(c.Source.SkillId));
        Field<NonNullGraphType<MentorGraphType>>("owner")
            .Description("The mentor whose goal it is.")
            .Resolve(c => c.Service<MentorByIdDataLoader>().LoadAsync(c.Source.OwnerMentorId));
    }
}
