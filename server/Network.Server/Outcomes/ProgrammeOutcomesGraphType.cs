using GraphQL.Types;
using Network.Server.Employers;
using Network.Server.GraphQL;
using Network.Server.Identity;
using Network.Server.Programmes;

namespace Network.Server.Outcomes;

public sealed class ProgrammeOutcomesGraphType : ObjectGraphType<ProgrammeOutcomes>
{
    public ProgrammeOutcomesGraphType()
    {
        Name = "ProgrammeOutcomes";
        Description = "One employer's answers at one checkpoint of a programme: its mentors' retention and its targeted gaps.";
        this.ReadableBy(Role.EmployerAdmin, Role.Coordinator, Role.Admin);
        Field<NonNullGraphType<ProgrammeGraphType>>("programme")
            .Resolve(c => c.Service<ProgrammeByIdDataLoader>().LoadAsync(c.Source.ProgrammeId));
        Field<NonNullGraphType<EmployerGraphType>>("employer")
            .Resolve(c => c.Service<EmployerByIdDataLoader>().LoadAsync(c.Source.EmployerId));
        Field(o => o.Checkpoint);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RetentionCheckGraphType>>>>("retention").Resolve(c => c.Source.Retention);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapOutcomeGraphType>>>>("gaps").Resolve(c => c.Source.Gaps);
    }
}
