using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Network.Server.Hosting;
using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Identity;

public sealed class AuthenticationTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Me = "{ me { isAuthenticated subject roles employer { name } mentor { displayName } } }";

    [Fact]
    public async Task A_request_without_a_token_is_anonymous()
    {
        var data = await app.CreateGraphQLClient(TestCallers.Anonymous).QueryAsync(Me);

        Assert.False(data["me"]!["isAuthenticated"]!.GetValue<bool>());
        Assert.Null(data["me"]!["subject"]);
        Assert.Empty(data["me"]!["roles"]!.AsArray());
        Assert.Null(data["me"]!["employer"]);
    }

    [Fact]
    public async Task A_token_names_the_caller_their_roles_and_what_they_are_bound_to()
    {
        var employer = await new TestData(app).EmployerAsync("Token Works", Server.Skills.Sector.IctDigital, "B1 1AA");
        var caller = new Caller("someone@example.org", [Role.EmployerAdmin, Role.Organiser], employerId: employer.Id);

        var data = await app.CreateGraphQLClient(caller).QueryAsync(Me);

        Assert.True(data["me"]!["isAuthenticated"]!.GetValue<bool>());
        Assert.Equal("someone@example.org", data["me"]!["subject"]!.GetValue<string>());
        Assert.Equal(["EMPLOYER_ADMIN", "ORGANISER"], data["me"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("Token Works", data["me"]!["employer"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_expired_token_is_answered_401_not_served_as_anonymous()
    {
        var lastHour = Issuer(new NetworkAuthenticationOptions { SigningKey = ServerKey }, new HourAgo());
        var token = lastHour.Issue("someone", [Role.Admin], lifetime: TimeSpan.FromMinutes(10));

        using var response = await SendAsync(new AuthenticationHeaderValue("Bearer", token));

        await AssertUnauthorizedAsync(response, "The access token has expired.");
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var forger = Issuer(new NetworkAuthenticationOptions { SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });

        using var response = await SendAsync(new AuthenticationHeaderValue("Bearer", forger.Issue("mallory", [Role.Admin])));

        await AssertUnauthorizedAsync(response, "The access token is not valid.");
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused()
    {
        var other = Issuer(new NetworkAuthenticationOptions { SigningKey = ServerKey, Audience = "some-other-api" });

        using var response = await SendAsync(new AuthenticationHeaderValue("Bearer", other.Issue("someone", [Role.Admin])));

        await AssertUnauthorizedAsync(response, "The access token is not valid.");
    }

    [Theory]
    [InlineData("Bearer", "not-a-jwt")]
    [InlineData("Basic", "dXNlcjpwYXNz")]
    public async Task Credentials_that_are_not_a_valid_bearer_token_are_refused(string scheme, string value)
    {
        using var response = await SendAsync(new AuthenticationHeaderValue(scheme, value));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_the_network_does_not_know_give_no_rights()
    {
        var caller = new Caller("someone", []);
        var token = app.CreateToken(caller);

        using var me = await SendAsync(new AuthenticationHeaderValue("Bearer", token), "{ me { isAuthenticated roles } }");
        using var mentors = await SendAsync(new AuthenticationHeaderValue("Bearer", token), "{ mentors { totalCount } }");

        var viewer = (await GraphQLResponse.ReadAsync(me)).Data!["me"]!;
        Assert.True(viewer["isAuthenticated"]!.GetValue<bool>());
        Assert.Empty(viewer["roles"]!.AsArray());
        Assert.Equal("AUTH_NOT_AUTHORIZED", (await GraphQLResponse.ReadAsync(mentors)).FirstErrorCode);
    }

    [Fact]
    public void Outside_development_the_development_key_is_refused()
    {
        var builder = Builder("Production", NetworkAuthenticationOptions.DevelopmentSigningKey);

        var problem = Assert.Throws<StartupException>(() => builder.AddNetworkAuthentication());

        Assert.Contains("development key", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_development_some_way_to_validate_tokens_is_required()
    {
        var problem = Assert.Throws<StartupException>(() => Builder("Production", null).AddNetworkAuthentication());

        Assert.Contains("Authentication:Authority", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64 at all!")]
    public void A_signing_key_must_be_long_enough_and_base64(string key)
    {
        var problem = Assert.Throws<StartupException>(() => Builder("Development", key).AddNetworkAuthentication());

        Assert.Contains("at least 32", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_starts_with_a_secret_key_or_an_authority()
    {
        Builder("Production", Convert.ToBase64String(RandomNumberGenerator.GetBytes(48))).AddNetworkAuthentication();
        var withAuthority = Builder("Production", null);
        withAuthority.Configuration["Authentication:Authority"] = "https://login.example.org/realms/network";
        withAuthority.AddNetworkAuthentication();
    }

    private static WebApplicationBuilder Builder(string environment, string? signingKey)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = Path.GetTempPath() });
        builder.Configuration["Authentication:SigningKey"] = signingKey;
        return builder;
    }

    /// <summary>The key the server under test validates with, so that only the property under test is wrong.</summary>
    private string ServerKey => app.Services.GetRequiredService<IOptions<NetworkAuthenticationOptions>>().Value.SigningKey!;

    private static TokenIssuer Issuer(NetworkAuthenticationOptions options, TimeProvider? clock = null) =>
        new(Options.Create(options), clock ?? TimeProvider.System);

    private async Task<HttpResponseMessage> SendAsync(AuthenticationHeaderValue authorization, string query = "{ me { isAuthenticated } }")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Authorization = authorization;
        return await app.CreateClient().SendAsync(request);
    }

    private static async Task AssertUnauthorizedAsync(HttpResponseMessage response, string description)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal($"Bearer error=\"invalid_token\", error_description=\"{description}\"", response.Headers.WwwAuthenticate.ToString());
        var body = await GraphQLResponse.ReadAsync(response);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", body.FirstErrorCode);
        Assert.Null(body.Data);
    }

    private sealed class HourAgo : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddHours(-1);
    }
}
