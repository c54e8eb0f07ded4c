using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Data;

namespace Network.Server.Tests.Infrastructure;

/// <summary>The real server over HTTP against a database of its own (one per test class).</summary>
public sealed class NetworkApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string ConnectionString { get; private set; } = string.Empty;

    public SqlCommandCounter SqlCommands { get; } = new();

    public string EnvironmentName { get; init; } = "Testing";

    public async Task InitializeAsync()
    {
        ConnectionString = await TestCluster.CreateDatabaseAsync();
        _ = Server;
    }

    public NetworkDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<NetworkDbContext>().UseNetworkDatabase(ConnectionString).Options);

    public GraphQLClient CreateGraphQLClient() => new(CreateClient());

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Network", ConnectionString);
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(SqlCommands));
    }
}
