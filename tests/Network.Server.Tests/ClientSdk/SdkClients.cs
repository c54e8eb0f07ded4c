using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Network.Client;
using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.ClientSdk;

/// <summary>The SDK's generated client as a front end would set it up: dependency injection, a base address, a handler adding the token.</summary>
public static class SdkClients
{
    public static NetworkClient Create(NetworkApp app, Caller caller, bool persisted = false) =>
        Create(ServerAddress(app), caller.IsAuthenticated ? app.CreateToken(caller) : null, persisted);

    public static NetworkClient Create(Uri graphQLEndpoint, string? token = null, bool persisted = false) =>
        Services(graphQLEndpoint, () => token, persisted).GetRequiredService<NetworkClient>();

    /// <summary>
    /// The services holding the client, for a test that disposes them (and so the subscriptions' socket); the handler
    /// asks <paramref name="token"/> for the token on every request, as a front end refreshing its tokens does.
    /// </summary>
    public static ServiceProvider Services(
        Uri graphQLEndpoint, Func<string?> token, bool persisted = false, Action<SubscriptionOptions>? subscriptions = null, Action<ClientBuilder<NetworkClient>>? configure = null)
    {
        var services = new ServiceCollection();
        var builder = services.AddNetworkClient()
            .ConfigureHttpClient(client => client.BaseAddress = graphQLEndpoint, http => http.AddHttpMessageHandler(() => new BearerTokenHandler(token)));
        if (persisted)
        {
            builder.UsePersistedOperations();
        }

        if (subscriptions is not null)
        {
            builder.ConfigureSubscriptions(subscriptions);
        }

        configure?.Invoke(builder);

        return services.BuildServiceProvider();
    }

    public static Uri ServerAddress(NetworkApp app)
    {
        using var http = app.CreateClient();
        return new Uri(http.BaseAddress!, "/graphql");
    }

    /// <summary>What a front end's own handler does: adds the caller's token to every request.</summary>
    private sealed class BearerTokenHandler(Func<string?> token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (token() is { } value)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", value);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
