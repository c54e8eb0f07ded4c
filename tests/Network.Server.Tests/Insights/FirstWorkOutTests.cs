using Microsoft.Extensions.DependencyInjection;
using Network.Server.Insights;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Insights;

/// <summary>The first caller of a server whose figures are not worked out yet starts the work for everyone waiting.</summary>
public sealed class FirstWorkOutTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    [Fact]
    public async Task A_first_caller_who_gives_up_leaves_the_work_running_for_the_next_rather_than_starting_it_again()
    {
        var snapshots = app.Services.GetRequiredService<InsightSnapshots>();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        using var givingUp = new CancellationTokenSource();

        var first = snapshots.CurrentAsync(givingUp.Token);
        await givingUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        await Task.Delay(TimeSpan.FromMilliseconds(20));
        var secondAsked = clock.GetUtcNow();
        var snapshot = await snapshots.CurrentAsync(CancellationToken.None);

        Assert.True(snapshot.AsOf < secondAsked, $"the figures as of {snapshot.AsOf:O} were worked out again for a caller who asked at {secondAsked:O}");
        Assert.Same(snapshot, await snapshots.CurrentAsync(CancellationToken.None));
    }
}
