using GraphQL.Types;
using Network.Server.Employers;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.GraphQL.Scalars;
using Network.Server.Mentors;

namespace Network.Server.Pairings;

public sealed class PairingParticipantGraphType : ObjectGraphType<PairingParticipant>
{
    public PairingParticipantGraphType()
    {
        Name = "PairingParticipant";
        Description = "One side of a pairing: a mentor, their employer, the skills they teach the other side and their acceptance.";
        Field<NonNullGraphType<MentorGraphType>>("mentor")
            .Resolve(c => c.Service<MentorByIdDataLoader>().LoadAsync(c.Source.MentorId));
        Field<NonNullGraphType<EmployerGraphType>>("employer")
            .Resolve(c => c.Service<EmployerByIdDataLoader>().LoadAsync(c.Source.EmployerId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PairingSkillGraphType>>>>("teaches")
            .Description("The skills this side teaches the other.")
            .Resolve(c => c.Service<PairingSkillsByPairingIdDataLoader>().LoadAsync(c.Source.Pairing.Id)
                .Then(skills => skills.Where(s => s.Teacher == c.Source.Side).ToList()));
        Field<IsoDateTimeGraphType>("mentorAcceptedAt").Description("When this side's mentor accepted.")
            .Resolve(c => c.Source.Pairing.MentorAcceptedAt(c.Source.Side));
        Field<NonNullGraphType<BooleanGraphType>>("employerApprovalRequired")
            .Description("Whether this side's employer required its approval when the pairing was proposed.")
            .Resolve(c => c.Source.Pairing.EmployerApprovalRequired(c.Source.Side));
        Field<IsoDateTimeGraphType>("employerApprovedAt").Description("When an admin of this side's employer approved.")
            .Resolve(c => c.Source.Pairing.EmployerApprovedAt(c.Source.Side));
        Field<NonNullGraphType<BooleanGraphType>>("accepted")
            .Description("Whether everything this side must give is in: the mentor's acceptance and, where required, the employer's approval.")
            .Resolve(c => c.Source.Pairing.HasAccepted(c.Source.Side));
    }
}
