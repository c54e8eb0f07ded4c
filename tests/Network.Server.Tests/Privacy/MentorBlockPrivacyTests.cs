using Microsoft.EntityFrameworkCore;
using Network.Server.Mentors;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Pairings;

namespace Network.Server.Tests.Privacy;

/// <summary>Blocks are the blocking mentor's data: in their export and no one else's, and kept through erasure on either side.</summary>
public sealed class MentorBlockPrivacyTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Export = "mutation { exportMyData { export { blocks { blockedAt blockedMentor { id } } mentor { blockedMentors { id } } } } }";

    private readonly PairingKit _kit = new(app);

    [Fact]
    public async Task A_mentors_export_holds_the_blocks_they_made_and_none_made_of_them()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var cal = await _kit.MentorAsync(await _kit.EmployerAsync());
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        await _kit.BlockedAsync(ayo, bea);
        await _kit.BlockedAsync(ayo, cal);
        await _kit.BlockedAsync(bea, ayo);

        var ayos = (await app.CreateGraphQLClient(TestCallers.Mentor(ayo.Id)).QueryAsync(Export))["exportMyData"]!["export"]!;
        var cals = (await app.CreateGraphQLClient(TestCallers.Mentor(cal.Id)).QueryAsync(Export))["exportMyData"]!["export"]!;

        var blocks = ayos["blocks"]!.AsArray();
        Assert.Equal([PairingKit.Id(bea), PairingKit.Id(cal)], blocks.Select(b => b!["blockedMentor"]!["id"]!.GetValue<string>()));
        Assert.All(blocks, b => Assert.InRange(b!["blockedAt"]!.GetValue<DateTimeOffset>(), before, DateTimeOffset.UtcNow.AddSeconds(1)));
        Assert.Equal([PairingKit.Id(bea), PairingKit.Id(cal)], ayos["mentor"]!["blockedMentors"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()));
        Assert.Empty(cals["blocks"]!.AsArray());
        Assert.Empty(cals["mentor"]!["blockedMentors"]!.AsArray());
    }

    [Fact]
    public async Task Erasing_either_mentors_data_keeps_the_blocks_in_force()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var cal = await _kit.MentorAsync(await _kit.EmployerAsync());
        await _kit.BlockedAsync(ayo, bea);
        await _kit.BlockedAsync(cal, ayo);

        await app.CreateGraphQLClient(TestCallers.Mentor(ayo.Id)).QueryAsync("mutation { eraseMyData { mentor { id } } }");

        await using var db = app.CreateDbContext();
        var kept = await db.MentorBlocks.AsNoTracking().Where(b => b.MentorId == ayo.Id || b.BlockedMentorId == ayo.Id).ToListAsync();
        Assert.Equal([(ayo.Id, bea.Id), (cal.Id, ayo.Id)], kept.Select(b => (b.MentorId, b.BlockedMentorId)).OrderBy(b => b.MentorId == ayo.Id ? 0 : 1));
        var seen = await app.CreateGraphQLClient(TestCallers.Mentor(cal.Id)).QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Mentor { blockedMentors { id erasedAt } } } }", new { id = PairingKit.Id(cal) });
        Assert.NotNull(Assert.Single(seen["node"]!["blockedMentors"]!.AsArray())!["erasedAt"]);
    }
}
