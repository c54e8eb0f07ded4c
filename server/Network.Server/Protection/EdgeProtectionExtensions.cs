using System.Globalization;
using System.Threading.RateLimiting;
using GraphQL;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;
using Network.Server.GraphQL.Transport;
using Network.Server.Observability;

namespace Network.Server.Protection;

/// <summary>
/// Protections at the HTTP edge of <c>/graphql</c>: CORS for the allowed origins, and rate limits per
/// caller answered with 429, <c>Retry-After</c> and a GraphQL error. (Cross-site request checks and
/// persisted operations belong to the transport, in GraphQL/Transport.)
/// </summary>
public static class EdgeProtectionExtensions
{
    public const string PolicyName = "graphql";
    public const string RateLimitedCode = "RATE_LIMITED";

    public static WebApplicationBuilder AddNetworkEdgeProtection(this WebApplicationBuilder builder)
    {
        var origins = AllowedOrigins.Read(builder.Configuration);
        builder.Services.AddCors(cors => cors.AddPolicy(PolicyName, policy => policy
            .WithOrigins(origins)
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .AllowAnyHeader()
            .WithExposedHeaders(HeaderNames.RetryAfter)
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));

        var limits = RateLimitingOptions.Read(builder.Configuration);
        var bucket = limits.ToTokenBucket();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = WriteRejectionAsync;
            options.AddPolicy(PolicyName, context => limits.Enabled
                ? RateLimitPartition.GetTokenBucketLimiter(RateLimitPartitionKey.For(context), _ => bucket)
                : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return builder;
    }

    /// <summary>CORS: answers preflights from the allowed origins. Comes before authentication.</summary>
    public static WebApplication UseNetworkCors(this WebApplication app)
    {
        app.UseCors();
        return app;
    }

    /// <summary>Rate limits. Comes after authentication, so that signed-in callers are counted by their <c>sub</c> claim.</summary>
    public static WebApplication UseNetworkRateLimiting(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Puts an endpoint under the CORS policy and the rate limits.</summary>
    public static TBuilder WithEdgeProtection<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireCors(PolicyName).RequireRateLimiting(PolicyName);

    private static async ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        context.RequestServices.GetRequiredService<NetworkMetrics>().RecordRateLimitRefusal();
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await GraphQLErrorResponse.WriteAsync(
            context, serializer, ResponseMediaType.Negotiate(context.Request) ?? ResponseMediaType.Json,
            StatusCodes.Status429TooManyRequests, RateLimitedCode, $"Too many requests; try again in {seconds} second{(seconds == 1 ? "" : "s")}.");
    }
}
