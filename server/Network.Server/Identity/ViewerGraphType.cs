using GraphQL.Types;
using Network.Server.Employers;
using Network.Server.GraphQL;
using Network.Server.Mentors;
using Network.Server.Privacy;

namespace Network.Server.Identity;

/// <summary>The caller as the API sees them: what their token says and what it binds them to.</summary>
public sealed class ViewerGraphType : ObjectGraphType<Caller>
{
    public ViewerGraphType()
    {
        Name = "Viewer";
        Description = "Who is calling: the roles in the access token and the employer or mentor it binds the caller to.";
        Field<NonNullGraphType<BooleanGraphType>>("isAuthenticated").Description("False when the request carries no token.").Resolve(c => c.Source.IsAuthenticated);
        Field<StringGraphType>("subject").Description("The identity provider's identifier for the caller.").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("roles").Resolve(c => c.Source.Roles.Order().ToList());
        Field<EmployerGraphType>("employer")
            .Description("The employer an employer admin administers.")
            .Resolve(c => c.Source.EmployerId is { } id ? c.Service<EmployerByIdDataLoader>().LoadAsync(id) : null);
        Field<MentorGraphType>("mentor")
            .Description("The caller's own mentor profile.")
            .RolesCheckedOnValue()
            .Resolve(c => c.Source.MentorId is { } id ? c.Service<MentorByIdDataLoader>().LoadAsync(id) : null);
    }
}
