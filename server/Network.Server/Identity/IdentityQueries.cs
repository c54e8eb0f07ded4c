using GraphQL.Types;

namespace Network.Server.Identity;

internal static class IdentityQueries
{
    public static void AddIdentityQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ViewerGraphType>>("me")
            .Description("The caller: anonymous, or the roles and bindings of their access token.")
            .Resolve(c => c.Caller());
}
