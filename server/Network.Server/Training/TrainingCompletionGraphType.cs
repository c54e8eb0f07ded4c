using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.Identity;

namespace Network.Server.Training;

public sealed class TrainingCompletionGraphType : ObjectGraphType<TrainingCompletion>
{
    public TrainingCompletionGraphType()
    {
        Name = "TrainingCompletion";
        Description = "A training module a mentor has completed.";
        this.ReadableBy(TrainingAccess.Readers);
        Field<NonNullGraphType<TrainingModuleGraphType>>("module")
            .Resolve(c => c.Service<TrainingModuleByIdDataLoader>().LoadAsync(c.Source.TrainingModuleId));
        Field(c => c.CompletedAt);
    }
}
