using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Network.Server.GraphQL.Transport.WebSockets;

/// <summary>
/// Validates an <c>Authorization</c> value sent in a <c>connection_init</c> payload (browsers cannot set
/// headers on a WebSocket upgrade) with the server's own JWT bearer handler, exactly as a header is
/// validated over HTTP.
/// </summary>
public sealed class PayloadAuthentication(IServiceScopeFactory scopes)
{
    /// <summary>The principal the value stands for, or null when it does not validate.</summary>
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string authorization, CancellationToken cancellationToken)
    {
        // A scope of its own: the handler provider keeps one handler per scope, bound to the first request it saw.
        await using var scope = scopes.CreateAsyncScope();
        var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = cancellationToken };
        probe.Request.Headers.Authorization = authorization;
        var result = await probe.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        return result.Succeeded && result.Principal.Identity?.IsAuthenticated == true ? result.Principal : null;
    }
}
