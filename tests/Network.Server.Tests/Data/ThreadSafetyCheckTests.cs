using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Data;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Data;

/// <summary>
/// EF Core's check that a context serves one operation at a time stays on where the server is developed and tested, so
/// that a context shared by two operations fails loudly, and is off in Production, where it costs every statement.
/// </summary>
public sealed class ThreadSafetyCheckTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    [Fact]
    public async Task Outside_production_a_context_used_by_two_operations_at_once_fails()
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<NetworkDbContext>>();
        await using var db = await factory.CreateDbContextAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Task.WhenAll(
            db.Database.ExecuteSqlRawAsync("SELECT pg_sleep(0.2)"),
            db.Database.ExecuteSqlRawAsync("SELECT 1")));

        Assert.Contains("second operation", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production", false)]
    [InlineData("Staging", true)]
    [InlineData("Development", true)]
    public async Task Only_production_skips_the_check(string environment, bool checks)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = Path.GetTempPath() });
        builder.Configuration[$"ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName}"] = app.ConnectionString;
        builder.AddNetworkData();
        // The services alone, not the host: building a host here would be taken for the server by a test fixture
        // starting at the same moment (WebApplicationFactory listens for any host being built in the process).
        await using var services = builder.Services.BuildServiceProvider();

        await using var db = await services.GetRequiredService<IDbContextFactory<NetworkDbContext>>().CreateDbContextAsync();

        Assert.Equal(checks, db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.ThreadSafetyChecksEnabled);
    }
}
