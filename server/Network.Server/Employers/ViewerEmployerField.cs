using Network.Server.GraphQL;
using Network.Server.Identity;

namespace Network.Server.Employers;

internal static class ViewerEmployerField
{
    /// <summary>Adds <c>Viewer.employer</c>: the employer an employer admin's token binds them to.</summary>
    public static void AddEmployerField(this ViewerGraphType viewer) =>
        viewer.Field<EmployerGraphType>("employer")
            .Description("The employer an employer admin administers.")
            .Resolve(c => c.Source.EmployerId is { } id ? c.Service<EmployerByIdDataLoader>().LoadAsync(id) : null);
}
