using GraphQL.Types;
using Network.Server.Employers;
using Network.Server.GraphQL;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Programmes;

namespace Network.Server.Outcomes;

public sealed class RetentionCheckGraphType : ObjectGraphType<RetentionCheck>
{
    public RetentionCheckGraphType()
    {
        Name = "RetentionCheck";
        Description = "An employer's confirmation, at a checkpoint of a programme, of whether an enrolled mentor still works there. " +
            "Seen by the employer's admins, the mentor, the programme's coordinators and administrators.";
        this.ReadableBy(Role.Mentor, Role.EmployerAdmin, Role.Coordinator, Role.Admin);
        Field<NonNullGraphType<ProgrammeGraphType>>("programme")
            .Description("The programme the confirmation was made for.")
            .Resolve(c => c.Service<ProgrammeByIdDataLoader>().LoadAsync(c.Source.ProgrammeId));
        Field<NonNullGraphType<MentorGraphType>>("mentor")
            .Resolve(c => c.Service<MentorByIdDataLoader>().LoadAsync(c.Source.MentorId));
        Field<NonNullGraphType<EmployerGraphType>>("employer")
            .Description("The employer the mentor was enrolled from.")
            .Resolve(c => c.Service<EmployerByIdDataLoader>().LoadAsync(c.Source.EmployerId));
        Field(r => r.Checkpoint);
        Field(r => r.StillEmployed);
        Field(r => r.RecordedAt);
    }
}
