using GraphQL.Types;

namespace Network.Server.Programmes;

/// <summary>How the pairs of a programme are expected to meet.</summary>
public sealed class SessionStructureGraphType : ObjectGraphType<Programme>
{
    public SessionStructureGraphType()
    {
        Name = "SessionStructure";
        Description = "How often the pairs of a programme meet, for how long, and how many sessions at least.";
        Field<NonNullGraphType<IntGraphType>>("everyWeeks").Description("A session every this many weeks.").Resolve(c => c.Source.SessionEveryWeeks);
        Field<NonNullGraphType<IntGraphType>>("minutes").Description("How long a session lasts.").Resolve(c => c.Source.SessionMinutes);
        Field<NonNullGraphType<IntGraphType>>("minimumSessions").Description("The fewest sessions a pair is expected to hold.").Resolve(c => c.Source.MinimumSessions);
    }
}
