using Microsoft.Extensions.DependencyInjection;
using Network.Server.Hosting;
using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Identity;

public sealed class TokenCommandTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    [Fact]
    public async Task The_token_command_mints_a_token_the_server_accepts()
    {
        var (exit, output, _) = await RunAsync("token", "--role", "MENTOR", "--mentor", TestData.Id("Mentor", 42), "--role", "organiser");

        Assert.Equal(0, exit);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", output.Trim());
        var data = await new GraphQLClient(client).QueryAsync("{ me { subject roles } }");
        Assert.Equal("local-mentor-42", data["me"]!["subject"]!.GetValue<string>());
        Assert.Equal(["MENTOR", "ORGANISER"], data["me"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Theory]
    [InlineData("'WIZARD' is not a role.", "token", "--role", "WIZARD")]
    [InlineData("Give at least one --role.", "token")]
    [InlineData("A MENTOR token needs --mentor with the mentor's ID.", "token", "--role", "MENTOR")]
    [InlineData("--employer binds an EMPLOYER_ADMIN; add --role EMPLOYER_ADMIN.", "token", "--role", "ADMIN", "--employer", "3")]
    [InlineData("--employer 'TWVudG9yOjE=' is not a Employer ID or a positive number.", "token", "--role", "EMPLOYER_ADMIN", "--employer", "TWVudG9yOjE=")]
    [InlineData("--hours must be a number of hours between 0 and 720.", "token", "--role", "ADMIN", "--hours", "-1")]
    public async Task The_token_command_explains_what_is_wrong(string problem, params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.Contains("Usage: token", error, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await TokenCommand.RunAsync(app.Services.GetRequiredService<TokenIssuer>(), HostCommand.Parse(args), output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
