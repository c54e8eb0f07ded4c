using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Employers;
using Network.Server.GraphQL;
using Network.Server.Hosting;

namespace Network.Server.Tests.Architecture;

/// <summary>
/// A feature as small as one can be, added the way the README's "Adding a feature" describes: one module
/// registers its service, a root field and a field on another feature's type. Nothing else changes.
/// </summary>
public sealed class ExampleFeature : IFeatureModule
{
    public void Register(FeatureBuilder feature)
    {
        feature.Services.AddSingleton(new Motto("Skills shared are skills grown."));
        feature
            .Query(query => query.Field<NonNullGraphType<StringGraphType>>("motto")
                .Description("The network's motto.")
                .Resolve(context => context.Service<Motto>().Text))
            .Extend<EmployerGraphType>(employer => employer.Field<NonNullGraphType<StringGraphType>>("initials")
                .Description("The initials of the employer's name.")
                .Resolve(context => Initials(context.Source.Name)));
    }

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).Select(w => char.ToUpperInvariant(w[0])));

    public sealed record Motto(string Text);
}
