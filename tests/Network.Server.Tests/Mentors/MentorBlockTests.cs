using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Auditing;
using Network.Server.Employers;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Pairings;

namespace Network.Server.Tests.Mentors;

/// <summary>A mentor blocks another and lifts the block; only they and administrators see whom they block.</summary>
public sealed class MentorBlockTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Errors = """
        ... on InvalidIdError { field id }
        ... on MentorNotFoundError { mentorId }
        ... on SelfBlockError { mentorId }
        """;

    private const string BlockedMentors = "query($id: ID!) { node(id: $id) { ... on Mentor { id blockedMentors { id } } } }";

    private readonly PairingKit _kit = new(app);

    [Fact]
    public async Task A_mentor_blocks_another_and_the_block_is_theirs_alone_to_see_in_the_log()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var payload = await _kit.BlockAsync(TestCallers.Mentor(ayo.Id), ayo, bea);

        Assert.Null(payload["errors"]);
        Assert.Equal(PairingKit.Id(ayo), payload["mentor"]!["id"]!.GetValue<string>());
        Assert.Equal([PairingKit.Id(bea)], Ids(payload["mentor"]!["blockedMentors"]));
        var block = Assert.Single(await BlocksAsync(ayo.Id, bea.Id));
        Assert.Equal((ayo.Id, bea.Id), (block.MentorId, block.BlockedMentorId));
        Assert.InRange(block.BlockedAt, before, DateTimeOffset.UtcNow.AddSeconds(1));

        // A mentor acting on their own choices leaves no audit entry, and nothing is ever logged against the blocked mentor.
        Assert.Empty(await AuditActionsAsync(ayo.Id));
        Assert.Empty(await AuditActionsAsync(bea.Id));
    }

    [Fact]
    public async Task Blocking_twice_changes_nothing()
    {
        var (ayo, bea) = await _kit.PairAsync();
        await _kit.BlockedAsync(ayo, bea);
        var first = Assert.Single(await BlocksAsync(ayo.Id, bea.Id));

        var again = await _kit.BlockAsync(TestCallers.Mentor(ayo.Id), ayo, bea);

        Assert.Null(again["errors"]);
        Assert.Equal([PairingKit.Id(bea)], Ids(again["mentor"]!["blockedMentors"]));
        Assert.Equal(first.BlockedAt, Assert.Single(await BlocksAsync(ayo.Id, bea.Id)).BlockedAt);
    }

    [Fact]
    public async Task Unblocking_lifts_the_block_and_unblocking_again_changes_nothing()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var cal = await _kit.MentorAsync(await _kit.EmployerAsync());
        await _kit.BlockedAsync(ayo, bea);
        await _kit.BlockedAsync(ayo, cal);
        await _kit.BlockedAsync(bea, ayo);

        var lifted = await _kit.UnblockAsync(TestCallers.Mentor(ayo.Id), ayo, bea);

        Assert.Null(lifted["errors"]);
        Assert.Equal([PairingKit.Id(cal)], Ids(lifted["mentor"]!["blockedMentors"]));
        Assert.Empty(await BlocksAsync(ayo.Id, bea.Id));

        // Bea's own block of Ayo is hers, and stays.
        Assert.Single(await BlocksAsync(bea.Id, ayo.Id));

        var again = await _kit.UnblockAsync(TestCallers.Mentor(ayo.Id), ayo, bea);
        Assert.Null(again["errors"]);
        Assert.Equal([PairingKit.Id(cal)], Ids(again["mentor"]!["blockedMentors"]));
    }

    [Theory]
    [InlineData("blockMentor")]
    [InlineData("unblockMentor")]
    public async Task A_mentor_cannot_block_or_unblock_themself(string mutation)
    {
        var ayo = await _kit.MentorAsync(await _kit.EmployerAsync());

        var payload = await _kit.BlockMutationAsync(mutation, TestCallers.Mentor(ayo.Id), PairingKit.Id(ayo), PairingKit.Id(ayo), Errors);

        Assert.Equal(PairingKit.Id(ayo), SingleError(payload, "SelfBlockError")["mentorId"]!.GetValue<string>());
        Assert.Empty(await BlocksAsync(ayo.Id, ayo.Id));
    }

    [Theory]
    [InlineData("blockMentor")]
    [InlineData("unblockMentor")]
    public async Task A_mentor_who_does_not_exist_is_reported(string mutation)
    {
        var ayo = await _kit.MentorAsync(await _kit.EmployerAsync());
        var missing = TestData.Id("Mentor", 987_654);

        var blocked = await _kit.BlockMutationAsync(mutation, TestCallers.Mentor(ayo.Id), PairingKit.Id(ayo), missing, Errors);
        var blocker = await _kit.BlockMutationAsync(mutation, TestCallers.Admin, missing, PairingKit.Id(ayo), Errors);

        Assert.Equal(missing, SingleError(blocked, "MentorNotFoundError")["mentorId"]!.GetValue<string>());
        Assert.Equal(missing, SingleError(blocker, "MentorNotFoundError")["mentorId"]!.GetValue<string>());
        await using var db = app.CreateDbContext();
        Assert.False(await db.MentorBlocks.AnyAsync(b => b.MentorId == ayo.Id || b.BlockedMentorId == ayo.Id));
    }

    [Fact]
    public async Task Malformed_IDs_and_IDs_of_another_type_are_reported_field_by_field()
    {
        var ayo = await _kit.MentorAsync(await _kit.EmployerAsync());
        var employer = TestData.Id("Employer", ayo.EmployerId);

        var payload = await _kit.BlockMutationAsync("blockMentor", TestCallers.Admin, "not-an-id", employer, Errors);

        Assert.Null(payload["mentor"]);
        var errors = payload["errors"]!.AsArray();
        Assert.Equal(["InvalidIdError", "InvalidIdError"], errors.Select(e => e!["__typename"]!.GetValue<string>()));
        Assert.Equal([("mentorId", "not-an-id"), ("blockedMentorId", employer)], errors.Select(e => (e!["field"]!.GetValue<string>(), e["id"]!.GetValue<string>())));
    }

    [Fact]
    public async Task A_withdrawn_mentor_can_be_blocked_and_a_withdrawn_mentor_can_block()
    {
        var ayo = await _kit.MentorAsync(await _kit.EmployerAsync());
        var gone = await _kit.MentorAsync(await _kit.EmployerAsync(), status: MentorStatus.Withdrawn);

        Assert.Null((await _kit.BlockAsync(TestCallers.Mentor(ayo.Id), ayo, gone))["errors"]);
        Assert.Null((await _kit.BlockAsync(TestCallers.Mentor(gone.Id), gone, ayo))["errors"]);
    }

    [Fact]
    public async Task Only_the_mentor_and_administrators_see_whom_the_mentor_blocks()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var colleague = await _kit.MentorAsync(await app.FindAsync<Employer>(ayo.EmployerId));
        await _kit.BlockedAsync(ayo, bea);

        foreach (var seer in new[] { TestCallers.Mentor(ayo.Id), TestCallers.Admin })
        {
            Assert.Equal([PairingKit.Id(bea)], Ids(await BlockedMentorsAsync(seer, ayo)));
        }

        Caller[] others =
        [
            TestCallers.Mentor(bea.Id), TestCallers.EmployerAdmin(ayo.EmployerId), TestCallers.EmployerAdmin(bea.EmployerId),
            TestCallers.Mentor(colleague.Id), TestCallers.Coordinator, TestCallers.Organiser,
        ];
        foreach (var other in others)
        {
            Assert.Null(await BlockedMentorsAsync(other, ayo));
        }

        var me = await app.CreateGraphQLClient(TestCallers.Mentor(ayo.Id)).QueryAsync("{ me { mentor { blockedMentors { id } } } }");
        Assert.Equal([PairingKit.Id(bea)], Ids(me["me"]!["mentor"]!["blockedMentors"]));
    }

    [Fact]
    public async Task An_administrator_blocks_for_a_mentor_and_it_is_logged_against_that_mentor_only()
    {
        var (ayo, bea) = await _kit.PairAsync();

        Assert.Null((await _kit.BlockAsync(TestCallers.Admin, ayo, bea))["errors"]);
        Assert.Null((await _kit.UnblockAsync(TestCallers.Admin, ayo, bea))["errors"]);

        Assert.Equal(["blockMentor", "unblockMentor"], await AuditActionsAsync(ayo.Id));
        Assert.Empty(await AuditActionsAsync(bea.Id));
    }

    private static JsonNode SingleError(JsonNode payload, string typeName)
    {
        Assert.Null(payload["mentor"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(typeName, error["__typename"]!.GetValue<string>());
        return error;
    }

    private static string[] Ids(JsonNode? list) => [.. list!.AsArray().Select(m => m!["id"]!.GetValue<string>())];

    private async Task<JsonNode?> BlockedMentorsAsync(Caller caller, Mentor mentor)
    {
        var data = await app.CreateGraphQLClient(caller).QueryAsync(BlockedMentors, new { id = PairingKit.Id(mentor) });
        Assert.NotNull(data["node"]);
        return data["node"]!["blockedMentors"];
    }

    private async Task<List<MentorBlock>> BlocksAsync(int mentorId, int blockedMentorId)
    {
        await using var db = app.CreateDbContext();
        return await db.MentorBlocks.AsNoTracking().Where(b => b.MentorId == mentorId && b.BlockedMentorId == blockedMentorId).ToListAsync();
    }

    private async Task<List<string>> AuditActionsAsync(int mentorId)
    {
        await using var db = app.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().Where(e => e.SubjectType == "Mentor" && e.SubjectId == mentorId).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
    }
}
