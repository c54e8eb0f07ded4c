using Network.Server.Protection;

namespace Network.Server.GraphQL.Ide;

/// <summary>GraphiQL at <c>/graphql</c> for browsers, when <see cref="IdeOptions"/> turn it on.</summary>
public static class IdeExtensions
{
    public static WebApplicationBuilder AddGraphQLIde(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(IdeOptions.Read(builder.Configuration, builder.Environment));
        return builder;
    }

    /// <summary>
    /// When the IDE is on, maps its bundle under <c>/graphql/ide/</c> and returns the handler for
    /// <c>/graphql</c>: a browser's GET, which asks for HTML first, gets the IDE's page, and every other
    /// request goes to <paramref name="graphQL"/> untouched. When the IDE is off, returns <paramref name="graphQL"/>.
    /// </summary>
    public static RequestDelegate MapGraphQLIde(this WebApplication app, RequestDelegate graphQL)
    {
        var options = app.Services.GetRequiredService<IdeOptions>();
        if (!options.Enabled)
        {
            return graphQL;
        }

        var page = IdePage.Create(options, ReadmeExamples.Load());
        if (!page.IsBuilt)
        {
            IdeLog.BundleMissing(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IdeExtensions)), options.BundleDirectory);
        }

        var assets = IdeAssets.Load(options.BundleDirectory);
        app.MapGet(IdeAssets.PathPrefix + "{**path}", assets.InvokeAsync).WithEdgeProtection();
        return context => IdePage.IsWantedBy(context.Request) ? page.WriteAsync(context) : graphQL(context);
    }
}
