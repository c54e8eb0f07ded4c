using GraphQL.Types;

namespace Network.Server.Programmes;

public sealed class SessionStructureInputGraphType : AutoRegisteringInputObjectGraphType<SessionStructureInput>
{
    public SessionStructureInputGraphType()
    {
        Name = "SessionStructureInput";
        Description = "How often a programme's pairs meet, for how long, and how many sessions at least.";
    }
}
