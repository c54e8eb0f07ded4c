using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Network.Server.GraphQL.Budgets;
using Network.Server.GraphQL.DataLoading;
using Network.Server.GraphQL.Ide;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Subscriptions;
using Network.Server.GraphQL.Transport;
using Network.Server.GraphQL.Transport.PersistedOperations;
using Network.Server.GraphQL.Transport.WebSockets;
using Network.Server.Hosting;
using Network.Server.Protection;

namespace Network.Server.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    public static WebApplicationBuilder AddNetworkGraphQL(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var development = builder.Environment.IsDevelopment();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<NetworkSchema>()
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddExecutionStrategy<EventExecutionStrategy>(OperationType.Subscription)
            .AddSystemTextJson()
            .AddGraphTypes(typeof(NetworkSchema).Assembly)
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = development)
            .AddValidationRule(VariablePositionsInMutationsRule.Instance)
            .AddUnhandledExceptionHandler(context =>
            {
                if (context.Context?.RequestServices?.GetService<ILogger<NetworkSchema>>() is { } logger)
                {
                    ResolverLog.Failed(logger, context.OriginalException);
                }
            }));
        builder.AddRequestBudgets();
        builder.AddGraphQLIde();

        services.AddSingleton<DocumentCache>();
        services.AddSingleton<IConfigureExecution>(sp => sp.GetRequiredService<DocumentCache>());
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<MultipartRequestReader>();
        services.AddOptions<UploadOptions>()
            .Bind(builder.Configuration.GetSection(UploadOptions.Section))
            .Validate(uploads => uploads is { MaxFileBytes: > 0, MaxFiles: > 0 }, $"Every {UploadOptions.Section} limit must be positive.")
            .ValidateOnStart();
        services.AddSingleton(new CrossSiteRequestGuard(AllowedOrigins.Read(builder.Configuration)));
        var persisted = builder.Configuration.GetSection(PersistedOperationOptions.Section).Get<PersistedOperationOptions>() ?? new PersistedOperationOptions();
        services.AddSingleton(persisted);
        services.AddSingleton(_ => persisted.Directory is { Length: > 0 } directory
            ? PersistedOperationStore.Load(Path.Combine(builder.Environment.ContentRootPath, directory))
            : PersistedOperationStore.Empty);
        services.AddSingleton<GraphQLHttpMiddleware>();
        services.AddOptions<ServerSentEventOptions>()
            .Bind(builder.Configuration.GetSection(ServerSentEventOptions.Section))
            .Validate(events => events.KeepAliveInterval > TimeSpan.Zero, $"{ServerSentEventOptions.Section}:KeepAliveInterval must be positive.")
            .ValidateOnStart();
        services.AddSingleton<ServerSentEvents>();
        services.AddOptions<GraphQLWebSocketOptions>()
            .Bind(builder.Configuration.GetSection(GraphQLWebSocketOptions.Section))
            .Validate(webSockets => webSockets.ConnectionInitTimeout > TimeSpan.Zero, $"{GraphQLWebSocketOptions.Section}:ConnectionInitTimeout must be positive.")
            .Validate(webSockets => webSockets.KeepAliveInterval > TimeSpan.Zero, $"{GraphQLWebSocketOptions.Section}:KeepAliveInterval must be positive.")
            .ValidateOnStart();
        services.AddNetworkSubscriptions(builder.Configuration);
        services.AddSingleton<PayloadAuthentication>();
        services.AddSingleton<GraphQLWebSocketMiddleware>();
        services.AddSingleton(TimeProvider.System);

        services.AddScoped<DataLoaderDispatcher>();
        services.AddTransient(typeof(ErrorGraphType<>));
        services.GetOrAddInstance<SchemaContributions>();
        services.AddHostCommand("export-schema", ExportSchemaAsync);
        return builder;
    }

    public static WebApplication MapNetworkGraphQL(this WebApplication app)
    {
        // Building the schema and loading the persisted operations at start-up make a broken schema
        // or operation file fail fast, not on the first request.
        app.Services.GetRequiredService<NetworkSchema>().Initialize();
        var middleware = app.Services.GetRequiredService<GraphQLHttpMiddleware>();
        var webSockets = app.Services.GetRequiredService<GraphQLWebSocketMiddleware>();

        // A WebSocket upgrade speaks graphql-transport-ws (or the legacy graphql-ws); with the IDE on, a browser opening /graphql gets
        // GraphiQL; every other request is GraphQL over HTTP.
        app.UseWebSockets();
        var overHttp = app.MapGraphQLIde(middleware.InvokeAsync);
        app.Map("/graphql", context => context.WebSockets.IsWebSocketRequest ? webSockets.InvokeAsync(context) : overHttp(context)).WithEdgeProtection();
        app.MapGet("/graphql/schema.graphql", (NetworkSchema schema, IOptions<RequestBudgetOptions> budgets) => budgets.Value.AllowIntrospection
                ? Results.Text(SchemaExport.Print(schema), "text/plain; charset=utf-8")
                : Results.NotFound())
            .WithEdgeProtection();
        return app;
    }

    /// <summary>Writes the schema to <c>schema/schema.graphql</c> in the checkout, or to the path given.</summary>
    private static async Task<int> ExportSchemaAsync(WebApplication app, HostCommand command)
    {
        var path = command.Positional ?? Path.Combine(RepositoryRoot.Find(app.Environment.ContentRootPath) ?? ".", "schema", "schema.graphql");
        await File.WriteAllTextAsync(path, SchemaExport.Print(app.Services.GetRequiredService<NetworkSchema>()));
        Console.WriteLine($"Wrote {path}");
        return 0;
    }
}
