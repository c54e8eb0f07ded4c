using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Network.Server.Data.Replicas;
using Network.Server.Hosting;

namespace Network.Server.Tests.Replication;

public sealed class ReplicaSettingsTests
{
    private const string Primary = "Host=127.0.0.1;Port=5432;Username=network;Database=network";

    [Fact]
    public void Without_a_replica_nothing_is_registered()
    {
        var builder = Builder(replica: null);

        builder.AddNetworkReplica(Primary);

        Assert.DoesNotContain(builder.Services, service => service.ServiceType == typeof(ReplicaMonitor) || service.ServiceType == typeof(ReplicaRouting));
    }

    [Fact]
    public void A_replica_connection_string_that_does_not_parse_stops_the_server()
    {
        var problem = Assert.Throws<StartupException>(() => Builder("this is no connection string").AddNetworkReplica(Primary));

        Assert.Contains("ConnectionStrings:NetworkReplica", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MaxLag", "00:00:00", "MaxLag must be positive")]
    [InlineData("RetryAfter", "-00:00:01", "RetryAfter must be positive")]
    [InlineData("ReadYourWritesWindow", "00:00:10", "ReadYourWritesWindow must be at least MaxLag")]
    public void Replica_settings_out_of_range_stop_the_server(string setting, string value, string message)
    {
        var builder = Builder("Host=127.0.0.1;Port=5433;Username=network;Database=network");
        builder.Configuration[$"{ReplicaOptions.Section}:{setting}"] = value;
        builder.AddNetworkReplica(Primary);
        using var services = builder.Services.BuildServiceProvider();

        var problem = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ReplicaOptions>>().Value);

        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    private static WebApplicationBuilder Builder(string? replica)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = Path.GetTempPath() });
        builder.Configuration[$"ConnectionStrings:{ReplicaServiceCollectionExtensions.ConnectionStringName}"] = replica;
        return builder;
    }
}
