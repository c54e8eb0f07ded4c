using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Network.Server.GraphQL.Ide;
using Network.Server.Hosting;

namespace Network.Server.Tests.Ide;

public sealed class IdeOptionsTests
{
    [Theory]
    [InlineData("Development", null, true)]
    [InlineData("Development", "false", false)]
    [InlineData("Production", null, false)]
    [InlineData("Production", "true", true)]
    [InlineData("Testing", null, false)]
    [InlineData("Staging", "True", true)]
    public void The_IDE_is_on_in_Development_unless_the_setting_says_otherwise(string environment, string? setting, bool enabled)
    {
        var options = IdeOptions.Read(Configuration(setting), new Environment(environment));

        Assert.Equal(enabled, options.Enabled);
        Assert.Equal(environment == "Development", options.TokenGuidance);
    }

    [Fact]
    public void A_setting_that_is_not_a_boolean_stops_the_server()
    {
        var problem = Assert.Throws<StartupException>(() => IdeOptions.Read(Configuration("yes"), new Environment("Production")));

        Assert.Contains(IdeOptions.Key, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_bundle_the_page_says_the_IDE_was_not_built()
    {
        var options = new IdeOptions { Enabled = true, BundleDirectory = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")) };

        Assert.False(IdePage.Create(options, []).IsBuilt);
        Assert.Equal(0, IdeAssets.Load(options.BundleDirectory).Count);
    }

    private static IConfiguration Configuration(string? setting) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [IdeOptions.Key] = setting }).Build();

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Network.Server";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
