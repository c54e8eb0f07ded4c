using GraphQL.Types;

namespace Network.Server.Geo;

public sealed class LocalAuthorityGraphType : ObjectGraphType<LocalAuthority>
{
    public LocalAuthorityGraphType()
    {
        Name = "LocalAuthority";
        Description = "A local authority, by its ONS code.";
        Field(a => a.Code).Description("The ONS code, such as E08000026 for Coventry.");
        Field(a => a.Name);
        Field(a => a.CombinedAuthority).Description("Whether the authority is one of the seven councils of the West Midlands Combined Authority.");
    }
}
