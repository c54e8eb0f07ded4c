using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Network.Client;

/// <summary>
/// Configures a generated client registered with <c>services.Add…Client()</c>: its HTTP client (base
/// address, handlers that add tokens), and how it sends operations. Subscriptions need nothing more: they
/// connect to the same address over WebSockets (<c>ws</c> for <c>http</c>, <c>wss</c> for <c>https</c>), with the
/// <c>Authorization</c> the HTTP client's handlers add.
/// </summary>
public sealed class ClientBuilder<TClient>
    where TClient : class
{
    internal ClientBuilder(IServiceCollection services, string name, IHttpClientBuilder httpClient)
    {
        Services = services;
        Name = name;
        HttpClient = httpClient;
    }

    public IServiceCollection Services { get; }

    /// <summary>The name of the client's HTTP client and options.</summary>
    public string Name { get; }

    /// <summary>The client's HTTP client registration, for handlers: <c>builder.HttpClient.AddHttpMessageHandler&lt;TokenHandler&gt;()</c>.</summary>
    public IHttpClientBuilder HttpClient { get; }

    /// <summary>Sets up the HTTP client, such as its base address: <c>client.BaseAddress = new("https://api.example.org/graphql")</c>.</summary>
    public ClientBuilder<TClient> ConfigureHttpClient(Action<HttpClient> configure, Action<IHttpClientBuilder>? configureBuilder = null)
    {
        HttpClient.ConfigureHttpClient(configure);
        configureBuilder?.Invoke(HttpClient);
        return this;
    }

    /// <summary>As <see cref="ConfigureHttpClient(Action{HttpClient}, Action{IHttpClientBuilder}?)"/>, with the services.</summary>
    public ClientBuilder<TClient> ConfigureHttpClient(Action<IServiceProvider, HttpClient> configure, Action<IHttpClientBuilder>? configureBuilder = null)
    {
        HttpClient.ConfigureHttpClient(configure);
        configureBuilder?.Invoke(HttpClient);
        return this;
    }

    /// <summary>Sets how subscriptions connect and reconnect (<see cref="SubscriptionOptions"/>).</summary>
    public ClientBuilder<TClient> ConfigureSubscriptions(Action<SubscriptionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure<ClientOptions>(Name, o => configure(o.Subscriptions));
        return this;
    }

    /// <summary>Sets where queries' results come from, for every query (<paramref name="operationName"/> null) or for one.</summary>
    public ClientBuilder<TClient> UseExecutionStrategy(ExecutionStrategy strategy, string? operationName = null)
    {
        Services.Configure<ClientOptions>(Name, o =>
        {
            if (operationName is null)
            {
                o.DefaultStrategy = strategy;
            }
            else
            {
                o.Strategies[operationName] = strategy;
            }
        });
        return this;
    }

    /// <summary>Sends each operation's hash alone; the server must hold this client's persisted-operation manifest.</summary>
    public ClientBuilder<TClient> UsePersistedOperations()
    {
        Services.Configure<ClientOptions>(Name, o => o.PersistedOperations = true);
        return this;
    }
}

/// <summary>Registers generated clients; used by their <c>Add…Client()</c> methods.</summary>
public static class ClientBuilder
{
    /// <summary>
    /// Registers the client, its HTTP client named <paramref name="name"/> and its subscriptions' executor (one
    /// WebSocket for the client, closed when the service provider is disposed). Every client of a service provider
    /// shares one <see cref="EntityStore"/>, so that an event one client receives updates what another's queries show.
    /// </summary>
    public static ClientBuilder<TClient> Add<TClient>(IServiceCollection services, string name, Func<ClientRuntime, TClient> create)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(create);
        var httpClient = services.AddHttpClient(name);
        services.AddOptions<ClientOptions>(name);
        services.TryAddSingleton<EntityStore>();

        // Last of the client's handlers, after those that add tokens: answers the subscriptions' question for the Authorization.
        services.PostConfigure<HttpClientFactoryOptions>(name, o => o.HttpMessageHandlerBuilderActions.Add(b => b.AdditionalHandlers.Add(new AuthorizationProbe())));
        services.AddKeyedSingleton(typeof(TClient), (provider, _) =>
        {
            var options = provider.GetRequiredService<IOptionsMonitor<ClientOptions>>().Get(name);
            var factory = provider.GetRequiredService<IHttpClientFactory>();
            return new WebSocketSubscriptionExecutor(
                options.Subscriptions,
                cancellationToken => AuthorizationProbe.AuthorizationAsync(factory.CreateClient(name), cancellationToken),
                () => SubscriptionOptions.WebSocketAddress(factory.CreateClient(name).BaseAddress
                    ?? throw new InvalidOperationException($"The {name} client has no base address: set it with ConfigureHttpClient, or set SubscriptionOptions.Endpoint.")),
                options.PersistedOperations);
        });
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptionsMonitor<ClientOptions>>().Get(name);
            var factory = provider.GetRequiredService<IHttpClientFactory>();
            return create(new ClientRuntime(
                new HttpOperationExecutor(() => factory.CreateClient(name), options),
                provider.GetRequiredKeyedService<WebSocketSubscriptionExecutor>(typeof(TClient)),
                provider.GetRequiredService<EntityStore>(),
                options));
        });
        return new ClientBuilder<TClient>(services, name, httpClient);
    }
}

/// <summary>
/// The innermost handler of a client's HTTP client: a request marked as a probe goes through the handlers before it
/// (those adding the token, refreshing it when needed) and comes back here unsent, with the headers they added.
/// </summary>
internal sealed class AuthorizationProbe : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<bool> Probe = new("Network.Client.AuthorizationProbe");

    /// <summary>The <c>Authorization</c> the client's handlers add to a request to its base address; null when none.</summary>
    public static async Task<string?> AuthorizationAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, (Uri?)null);
        request.Options.Set(Probe, true);
        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return (response.RequestMessage ?? request).Headers.Authorization?.ToString();
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.Options.TryGetValue(Probe, out var probe) && probe
            ? Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent) { RequestMessage = request })
            : base.SendAsync(request, cancellationToken);
}
