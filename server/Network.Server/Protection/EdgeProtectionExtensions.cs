using System.Globalization;
using System.Threading.RateLimiting;
using GraphQL;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;
using Network.Server.GraphQL.Transport;
using Network.Server.Observability;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Network.Server.Protection;

/// <summary>
/// Protections at the HTTP edge of <c>/graphql</c>: the caller's address from the configured proxies only, CORS for the
/// allowed origins, and rate limits per caller answered with 429, <c>Retry-After</c> and a GraphQL error, shared by the
/// instances through Redis when <c>Redis:Configuration</c> is set. (Cross-site request checks and
/// persisted operations belong to the transport, in GraphQL/Transport.)
/// </summary>
public static class EdgeProtectionExtensions
{
    public const string PolicyName = "graphql";
    public const string RateLimitedCode = "RATE_LIMITED";

    /// <summary>Where the shared buckets live in Redis, apart from anything else kept there.</summary>
    public const string SharedKeyPrefix = "network:rate-limit:";

    public static WebApplicationBuilder AddNetworkEdgeProtection(this WebApplicationBuilder builder)
    {
        var forwarded = ForwardedHeadersSettings.Read(builder.Configuration);
        builder.Services.AddSingleton(forwarded);
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded.ApplyTo);

        var origins = AllowedOrigins.Read(builder.Configuration);
        builder.Services.AddCors(cors => cors.AddPolicy(PolicyName, policy => policy
            .WithOrigins(origins)
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .AllowAnyHeader()
            .WithExposedHeaders(HeaderNames.RetryAfter)
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));

        var limits = RateLimitingOptions.Read(builder.Configuration);
        var bucket = limits.ToTokenBucket();
        var redis = RedisSettings.Read(builder.Configuration);
        if (redis is not null)
        {
            builder.Services.AddSingleton(redis);
            builder.Services.AddSingleton<SharedRateLimitHealth>();
            builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis.Options));
        }

        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = WriteRejectionAsync;
            options.AddPolicy(PolicyName, context => (limits.Enabled, redis) switch
            {
                (false, _) => RateLimitPartition.GetNoLimiter(string.Empty),
                (true, null) => RateLimitPartition.GetTokenBucketLimiter(RateLimitPartitionKey.For(context), _ => bucket),
                (true, _) => SharedPartition(context, bucket),
            });
        });
        return builder;
    }

    /// <summary>
    /// The caller's address and scheme from <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>, when a configured proxy sent
    /// them. Comes first, before anything reads the caller's address (logs, authentication, the rate limits).
    /// </summary>
    public static WebApplication UseNetworkForwardedHeaders(this WebApplication app)
    {
        // With both lists empty the framework's middleware believes every sender: without a proxy it must not run at all.
        if (app.Services.GetRequiredService<ForwardedHeadersSettings>().TrustsAnyProxy)
        {
            app.UseForwardedHeaders();
        }

        return app;
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

    /// <summary>The caller's bucket in Redis, shared by every instance, with this instance's own as the fallback.</summary>
    private static RateLimitPartition<string> SharedPartition(HttpContext context, TokenBucketRateLimiterOptions bucket)
    {
        var multiplexer = context.RequestServices.GetRequiredService<IConnectionMultiplexer>();
        var health = context.RequestServices.GetRequiredService<SharedRateLimitHealth>();
        return RateLimitPartition.Get(RateLimitPartitionKey.For(context), key => new FailoverRateLimiter(
            new RedisTokenBucketRateLimiter<string>(SharedKeyPrefix + key, new RedisTokenBucketRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => multiplexer,
                TokenLimit = bucket.TokenLimit,
                TokensPerPeriod = bucket.TokensPerPeriod,
                ReplenishmentPeriod = bucket.ReplenishmentPeriod,
            }),
            new TokenBucketRateLimiter(bucket),
            bucket.ReplenishmentPeriod,
            health));
    }

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
