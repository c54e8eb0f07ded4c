using Microsoft.Extensions.DependencyInjection;

namespace Network.Client;

/// <summary>
/// Configures a generated client registered with <c>services.Add…Client()</c>: its HTTP client (base
/// address, handlers that add tokens), and how it sends operations.
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
    public static ClientBuilder<TClient> Add<TClient>(IServiceCollection services, string name, Func<IOperationExecutor, TClient> create)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(create);
        var httpClient = services.AddHttpClient(name);
        services.AddOptions<ClientOptions>(name);
        services.AddSingleton(provider => create(new HttpOperationExecutor(
            () => provider.GetRequiredService<IHttpClientFactory>().CreateClient(name),
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<ClientOptions>>().Get(name))));
        return new ClientBuilder<TClient>(services, name, httpClient);
    }
}
