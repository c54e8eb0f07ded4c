using GraphQL.Types;
using Network.Server.GraphQL.Relay;

namespace Network.Server.Training;

public sealed class TrainingModuleGraphType : ObjectGraphType<TrainingModule>
{
    public TrainingModuleGraphType()
    {
        Name = "TrainingModule";
        Description = "A module of training, such as active listening, that a programme may require before its mentors are paired.";
        this.ImplementNode(t => t.Id);
        Field(t => t.Slug).Description("A stable short name, such as `active-listening`.");
        Field(t => t.Title);
        Field(t => t.Summary);
        Field(t => t.EstimatedMinutes).Description("About how long the module takes, in minutes.");
        Field(t => t.Url).Description("Where the module is taken.");
    }
}
