using System.Text.Json;
using GraphQL.DI;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Network.Server.Hosting;

namespace Network.Server.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// Validates JWT bearer tokens with an OpenID Connect authority or a signing key. Outside Development
    /// and Testing, the development key is refused and one of the two must be configured.
    /// </summary>
    public static IHostApplicationBuilder AddNetworkAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddNetworkAuthentication(builder.Configuration, builder.Environment);
        return builder;
    }

    /// <inheritdoc cref="AddNetworkAuthentication(IHostApplicationBuilder)"/>
    public static IServiceCollection AddNetworkAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(NetworkAuthenticationOptions.Section).Get<NetworkAuthenticationOptions>() ?? new();
        var local = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        Check(options, local);

        services.Configure<NetworkAuthenticationOptions>(configuration.GetSection(NetworkAuthenticationOptions.Section));
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<IConfigureExecution, CallerExecution>();
        services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.Audience = options.Audience;
                jwt.TokenValidationParameters.NameClaimType = NetworkClaims.Subject;
                jwt.TokenValidationParameters.RoleClaimType = NetworkClaims.Role;
                jwt.TokenValidationParameters.ValidAudience = options.Audience;
                jwt.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
                if (!string.IsNullOrWhiteSpace(options.Authority))
                {
                    jwt.Authority = options.Authority;
                    jwt.RequireHttpsMetadata = !environment.IsDevelopment();
                }
                else if (options.SigningKeyBytes() is not null)
                {
                    jwt.TokenValidationParameters.ValidIssuer = options.Issuer;
                    jwt.TokenValidationParameters.IssuerSigningKeys = [.. options.ValidationKeyBytes().Select(key => new SymmetricSecurityKey(key))];
                    jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
                }
            });

        // A token is validated in full once, then remembered for a few minutes (CachingTokenHandler).
        services.AddSingleton<CachingTokenHandler>();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<CachingTokenHandler>((jwt, handler) =>
        {
            handler.MapInboundClaims = jwt.MapInboundClaims;
            jwt.TokenHandlers.Clear();
            jwt.TokenHandlers.Add(handler);
        });
        return services;
    }

    /// <summary>
    /// Authenticates every request. A request that sends credentials which do not validate is answered
    /// 401 at once rather than served as anonymous, so that an expired token is noticed.
    /// </summary>
    public static WebApplication UseNetworkAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.Authorization.Count == 0 || context.User.Identity?.IsAuthenticated == true)
            {
                await next(context);
                return;
            }

            // The handler keeps its result for the request, so this does not validate the token twice.
            var failure = (await context.AuthenticateAsync()).Failure;
            var description = failure is SecurityTokenExpiredException
                ? "The access token has expired."
                : failure is null ? "Send the access token as: Authorization: Bearer <token>." : "The access token is not valid.";
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = $"Bearer error=\"invalid_token\", error_description=\"{description}\"";
            context.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(context.Response.Body, new
            {
                errors = new[] { new { message = description, extensions = new { code = "AUTH_NOT_AUTHENTICATED" } } },
            }, cancellationToken: context.RequestAborted);
        });
        return app;
    }

    private static void Check(NetworkAuthenticationOptions options, bool local)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey) && options.SigningKeyBytes() is not { Length: >= 32 })
        {
            throw new StartupException("Authentication:SigningKey must be base64 of at least 32 random bytes.");
        }

        for (var i = 0; i < options.AcceptedSigningKeys.Length; i++)
        {
            if (NetworkAuthenticationOptions.KeyBytes(options.AcceptedSigningKeys[i]) is not { Length: >= 32 })
            {
                throw new StartupException($"Authentication:AcceptedSigningKeys:{i} must be base64 of at least 32 random bytes.");
            }

            if (!local && options.AcceptedSigningKeys[i] == NetworkAuthenticationOptions.DevelopmentSigningKey)
            {
                throw new StartupException($"Authentication:AcceptedSigningKeys:{i} is the development key, which is public.");
            }
        }

        if (options.AcceptedSigningKeys.Length > 0 && string.IsNullOrWhiteSpace(options.SigningKey))
        {
            throw new StartupException(
                "Authentication:AcceptedSigningKeys works beside Authentication:SigningKey, which is not set; an identity provider (Authentication:Authority) rotates its keys itself.");
        }

        if (local)
        {
            return;
        }

        if (options.SigningKey == NetworkAuthenticationOptions.DevelopmentSigningKey)
        {
            throw new StartupException(
                "Authentication:SigningKey is the development key, which is public. Configure Authentication:Authority for your identity provider, or a secret signing key.");
        }

        if (string.IsNullOrWhiteSpace(options.Authority) && string.IsNullOrWhiteSpace(options.SigningKey))
        {
            throw new StartupException("Configure Authentication:Authority (an OpenID Connect issuer) or Authentication:SigningKey.");
        }
    }
}
