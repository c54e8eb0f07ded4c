using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Identity;

/// <summary>A bearer token is validated in full once, then remembered: never past its lifetime, never shared between requests.</summary>
public sealed class CachingTokenHandlerTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private static readonly byte[] Key = Convert.FromBase64String(NetworkAuthenticationOptions.DevelopmentSigningKey);

    [Fact]
    public async Task The_server_remembers_tokens_and_still_refuses_one_altered_after_the_original_was_remembered()
    {
        var token = app.CreateToken(new Caller("remembered@example.org", [Role.Organiser]));

        var first = await SendAsync(token);
        var second = await SendAsync(token);
        var altered = await SendAsync(token[..^2] + (token[^2] == 'A' ? "BB" : "AA"));

        Assert.Equal(("remembered@example.org", "remembered@example.org"), (first, second));
        Assert.Null(altered);
        var bearer = app.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        Assert.IsType<CachingTokenHandler>(Assert.Single(bearer.TokenHandlers));
    }

    [Fact]
    public async Task A_token_is_validated_in_full_once_and_each_request_gets_claims_of_its_own()
    {
        using var handler = new CachingTokenHandler();
        var signatures = 0;
        var parameters = Parameters();
        parameters.SignatureValidator = (text, _) =>
        {
            signatures++;
            return new JsonWebToken(text);
        };
        var token = Token(TimeSpan.FromMinutes(10));

        var first = await handler.ValidateTokenAsync(token, parameters);
        var second = await handler.ValidateTokenAsync(token, parameters);
        first.ClaimsIdentity.AddClaim(new Claim("added", "by the first request"));
        var third = await handler.ValidateTokenAsync(token, parameters);

        Assert.All(new[] { first, second, third }, r => Assert.True(r.IsValid));
        Assert.Equal(1, signatures);
        Assert.Equal("someone", third.ClaimsIdentity.FindFirst(NetworkClaims.Subject)?.Value);
        Assert.NotSame(second.ClaimsIdentity, third.ClaimsIdentity);
        Assert.Null(third.ClaimsIdentity.FindFirst("added"));
    }

    [Fact]
    public async Task A_remembered_token_is_refused_as_expired_once_its_lifetime_ends()
    {
        using var handler = new CachingTokenHandler();
        var parameters = Parameters();
        parameters.ClockSkew = TimeSpan.Zero;
        var token = Token(TimeSpan.FromSeconds(2));
        var expires = new JsonWebToken(token).ValidTo;

        var before = await handler.ValidateTokenAsync(token, parameters);
        await Task.Delay(expires - DateTime.UtcNow + TimeSpan.FromMilliseconds(200));
        var after = await handler.ValidateTokenAsync(token, parameters);

        Assert.True(before.IsValid);
        Assert.False(after.IsValid);
        Assert.IsType<SecurityTokenExpiredException>(after.Exception);
    }

    [Fact]
    public async Task A_token_that_fails_is_not_remembered()
    {
        using var handler = new CachingTokenHandler();
        var wrongAudience = Parameters();
        wrongAudience.ValidAudience = "some-other-api";
        var token = Token(TimeSpan.FromMinutes(10));

        var refused = await handler.ValidateTokenAsync(token, wrongAudience);
        var again = await handler.ValidateTokenAsync(token, wrongAudience);
        var right = await handler.ValidateTokenAsync(token, Parameters());

        Assert.False(refused.IsValid);
        Assert.False(again.IsValid);
        Assert.True(right.IsValid);
    }

    private static TokenValidationParameters Parameters() => new()
    {
        ValidIssuer = "issuer",
        ValidAudience = "audience",
        IssuerSigningKey = new SymmetricSecurityKey(Key),
        NameClaimType = NetworkClaims.Subject,
    };

    private static string Token(TimeSpan lifetime)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "issuer",
            Audience = "audience",
            Claims = new Dictionary<string, object> { [NetworkClaims.Subject] = "someone" },
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Key), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>The subject the server saw, or null when it refused the token.</summary>
    private async Task<string?> SendAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ me { subject } }" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await app.CreateClient().SendAsync(request);
        return response.StatusCode == HttpStatusCode.Unauthorized ? null : (await GraphQLResponse.ReadAsync(response)).Data!["me"]!["subject"]!.GetValue<string>();
    }
}
