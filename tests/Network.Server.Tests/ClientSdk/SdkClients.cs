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

    public static NetworkClient Create(Uri graphQLEndpoint, string? token = null, bool persisted = false)
    {
        var services = new ServiceCollection();
        var builder = services.AddNetworkClient()
            .ConfigureHttpClient(client => client.BaseAddress = graphQLEndpoint, http => http.AddHttpMessageHandler(() => new BearerTokenHandler(token)));
        if (persisted)
        {
            builder.UsePersistedOperations();
        }

        return services.BuildServiceProvider().GetRequiredService<NetworkClient>();
    }

    public static Uri ServerAddress(NetworkApp app)
    {
        using var http = app.CreateClient();
        return new Uri(http.BaseAddress!, "/graphql");
    }

    /// <summary>What a front end's own handler does: adds the caller's token to every request.</summary>
    private sealed class BearerTokenHandler(string? token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
