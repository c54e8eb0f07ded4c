using GraphQL.Types;

namespace Network.Server.Identity;

/// <summary>The caller as the API sees them: what their token says; the features it binds them to add the employer and the mentor.</summary>
public sealed class ViewerGraphType : ObjectGraphType<Caller>
{
    public ViewerGraphType()
    {
        Name = "Viewer";
        Description = "Who is calling: the roles in the access token and the employer or mentor it binds the caller to.";
        Field<NonNullGraphType<BooleanGraphType>>("isAuthenticated").Description("False when the request carries no token.").Resolve(c => c.Source.IsAuthenticated);
        Field<StringGraphType>("subject").Description("The identity provider's identifier for the caller.").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("roles").Resolve(c => c.Source.Roles.Order().ToList());
    }
}
