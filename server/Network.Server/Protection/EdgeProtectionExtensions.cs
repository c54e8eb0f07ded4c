using Microsoft.Net.Http.Headers;

namespace Network.Server.Protection;

/// <summary>
/// Protections at the HTTP edge of <c>/graphql</c>: CORS for the allowed origins. (Cross-site request
/// checks and persisted operations belong to the transport, in GraphQL/Transport.)
/// </summary>
public static class EdgeProtectionExtensions
{
    public const string PolicyName = "graphql";

    public static WebApplicationBuilder AddNetworkEdgeProtection(this WebApplicationBuilder builder)
    {
        var origins = AllowedOrigins.Read(builder.Configuration);
        builder.Services.AddCors(cors => cors.AddPolicy(PolicyName, policy => policy
            .WithOrigins(origins)
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .AllowAnyHeader()
            .WithExposedHeaders(HeaderNames.RetryAfter)
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        return builder;
    }

    /// <summary>CORS: answers preflights from the allowed origins. Comes before authentication.</summary>
    public static WebApplication UseNetworkCors(this WebApplication app)
    {
        app.UseCors();
        return app;
    }

    /// <summary>Puts an endpoint under the CORS policy.</summary>
    public static TBuilder WithEdgeProtection<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireCors(PolicyName);
}
