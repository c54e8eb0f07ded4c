using GraphQL.Types;

namespace Network.Server.Identity;

public sealed class RoleGraphType : EnumerationGraphType<Role>
{
    public RoleGraphType()
    {
        Name = "Role";
        Description = "What a caller does in the network; a token may carry several.";
    }
}
