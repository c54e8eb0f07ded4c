using GraphQL.Types;

namespace Network.Server.Programmes;

public sealed class ObjectiveProgressGraphType : ObjectGraphType<ObjectiveProgress>
{
    public ObjectiveProgressGraphType()
    {
        Name = "ObjectiveProgress";
        Description = "How far an objective has come, computed from the programme's enrolments, training and pairings.";
        Field(p => p.Measure);
        Field(p => p.Target);
        Field(p => p.Current, nullable: true).Description("The measure's figure now; null while it cannot be measured yet (see `note`).");
        Field(p => p.PercentOfTarget, nullable: true).Description("`current` as a percentage of `target`.");
        Field(p => p.Note, nullable: true).Description("Why `current` is null, when it is.");
    }
}
