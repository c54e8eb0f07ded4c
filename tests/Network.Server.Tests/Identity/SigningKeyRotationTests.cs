using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Network.Server.Hosting;
using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Identity;

/// <summary>
/// Rotating the signing key: tokens signed with a key in <c>Authentication:AcceptedSigningKeys</c> are still
/// accepted, while the server mints only with <c>Authentication:SigningKey</c>.
/// </summary>
public sealed class SigningKeyRotationTests(SigningKeyRotationTests.RotatingApp app) : IClassFixture<SigningKeyRotationTests.RotatingApp>
{
    private static readonly string PreviousKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task A_token_signed_with_an_accepted_key_is_served()
    {
        var previous = Issuer(PreviousKey).Issue("before-the-rotation@example.org", [Role.Partner]);

        using var response = await SendAsync(previous);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await GraphQLResponse.ReadAsync(response);
        Assert.Equal("before-the-rotation@example.org", body.Data!["me"]!["subject"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_signed_with_a_key_neither_current_nor_accepted_is_refused()
    {
        var other = Issuer(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))).Issue("mallory", [Role.Admin]);

        using var response = await SendAsync(other);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_server_mints_with_the_current_key_only()
    {
        var options = app.Services.GetRequiredService<IOptions<NetworkAuthenticationOptions>>().Value;
        var token = app.Services.GetRequiredService<TokenIssuer>().Issue("minted", [Role.Partner]);

        var withCurrent = await ValidateAsync(token, options, options.SigningKey!);
        var withPrevious = await ValidateAsync(token, options, PreviousKey);

        Assert.True(withCurrent.IsValid);
        Assert.False(withPrevious.IsValid);
    }

    [Theory]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64 at all!")]
    public void An_accepted_key_must_be_long_enough_and_base64(string key)
    {
        var builder = Builder("Production", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.Configuration["Authentication:AcceptedSigningKeys:0"] = key;

        var problem = Assert.Throws<StartupException>(() => builder.AddNetworkAuthentication());

        Assert.Equal("Authentication:AcceptedSigningKeys:0 must be base64 of at least 32 random bytes.", problem.Message);
    }

    [Fact]
    public void Outside_development_the_development_key_is_not_accepted_either()
    {
        var builder = Builder("Production", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.Configuration["Authentication:AcceptedSigningKeys:0"] = NetworkAuthenticationOptions.DevelopmentSigningKey;

        var problem = Assert.Throws<StartupException>(() => builder.AddNetworkAuthentication());

        Assert.Contains("development key", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepted_keys_need_a_signing_key_beside_them()
    {
        var builder = Builder("Production", null);
        builder.Configuration["Authentication:Authority"] = "https://login.example.org/realms/network";
        builder.Configuration["Authentication:AcceptedSigningKeys:0"] = PreviousKey;

        var problem = Assert.Throws<StartupException>(() => builder.AddNetworkAuthentication());

        Assert.Contains("Authentication:SigningKey", problem.Message, StringComparison.Ordinal);
    }

    private static WebApplicationBuilder Builder(string environment, string? signingKey)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = Path.GetTempPath() });
        builder.Configuration["Authentication:SigningKey"] = signingKey;
        return builder;
    }

    private static TokenIssuer Issuer(string key) =>
        new(Options.Create(new NetworkAuthenticationOptions { SigningKey = key }), TimeProvider.System);

    private static Task<TokenValidationResult> ValidateAsync(string token, NetworkAuthenticationOptions options, string key) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(key)),
        });

    private async Task<HttpResponseMessage> SendAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ me { subject } }" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await app.CreateClient().SendAsync(request);
    }

    public sealed class RotatingApp : NetworkApp
    {
        public RotatingApp()
        {
            Settings = new Dictionary<string, string?> { ["Authentication:AcceptedSigningKeys:0"] = PreviousKey };
        }
    }
}
