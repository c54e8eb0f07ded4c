using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Data;
using Network.Server.Scoring;
using Network.Server.Seeding;
using Network.Server.Tests.Infrastructure;
using Npgsql;

namespace Network.Server.Tests.Seeding;

/// <summary>
/// The demo is laid out from its week, so a demo seeded weeks later is the same demo moved by whole weeks: the README's
/// walks name its rows by ID, and would break as the calendar moves on if the rows did.
/// </summary>
public sealed class DemoCalendarTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private static readonly TimeSpan Later = TimeSpan.FromDays(38);

    // Each statement lists rows by ID with their dates as seconds, so the two demos compare after one shift; webinars are
    // planned in London time, so theirs are compared as London wall-clock times, which a summer-time change leaves alone.
    private static readonly string[] Fingerprint =
    [
        "SELECT id, employer_id, skill_id, status, extract(epoch FROM published_at)::bigint FROM skills_gaps ORDER BY id",
        "SELECT id, employer_id, status, extract(epoch FROM created_at)::bigint FROM mentors ORDER BY id",
        "SELECT id, status, extract(epoch FROM starts_on::timestamp)::bigint, extract(epoch FROM ends_on::timestamp)::bigint FROM programmes ORDER BY id",
        "SELECT programme_id, mentor_id, status FROM programme_enrolments ORDER BY programme_id, mentor_id",
        "SELECT id, mentor_a_id, mentor_b_id, status, extract(epoch FROM proposed_at)::bigint, extract(epoch FROM activated_at)::bigint FROM pairings ORDER BY id",
        "SELECT pairing_id, status, count(*) FROM pairing_sessions GROUP BY pairing_id, status ORDER BY pairing_id, status",
        "SELECT id, status, extract(epoch FROM starts_at AT TIME ZONE 'Europe/London')::bigint FROM webinars ORDER BY id",
        "SELECT webinar_id, status, count(*) FROM webinar_registrations GROUP BY webinar_id, status ORDER BY webinar_id, status",
    ];

    [Fact]
    public async Task A_demo_seeded_weeks_later_is_the_same_demo_moved_by_whole_weeks()
    {
        var now = await SeedAsync(TimeSpan.Zero);
        var later = await SeedAsync(Later);

        var shift = (long)(DemoMoments.Now(new ShiftedClock(Later)) - DemoMoments.Now(TimeProvider.System)).TotalSeconds;
        Assert.True(shift > 0 && shift % TimeSpan.FromDays(7).TotalSeconds == 0, $"the demos are {shift} s apart, not whole weeks");
        for (var i = 0; i < Fingerprint.Length; i++)
        {
            Assert.NotEmpty(now[i]);
            Assert.Equal(now[i], later[i].Select(row => Unshift(row, shift)).ToList());
        }
    }

    private async Task<List<List<string>>> SeedAsync(TimeSpan offset)
    {
        var connectionString = await TestCluster.CreateDatabaseAsync();
        var factory = new Factory(connectionString);
        await new DemoSeeder(factory, new SilentSeedProgress(), app.Services.GetRequiredService<PairScorer>(), new ShiftedClock(offset))
            .SeedAsync(new DemoSeedOptions(DemoSeeder.DefaultMentorCount, Reset: false), CancellationToken.None);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<List<string>>();
        foreach (var sql in Fingerprint)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(c => reader.IsDBNull(c) ? "null" : reader.GetValue(c).ToString())));
            }

            tables.Add(rows);
        }

        return tables;
    }

    /// <summary>A row of the later demo with every date (a value of ten digits, seconds since 1970) moved back.</summary>
    private static string Unshift(string row, long shift) =>
        string.Join('|', row.Split('|').Select(value => value.Length == 10 && long.TryParse(value, out var seconds) ? (seconds - shift).ToString(System.Globalization.CultureInfo.InvariantCulture) : value));

    private sealed class ShiftedClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
    }

    private sealed class Factory(string connectionString) : IDbContextFactory<NetworkDbContext>
    {
        public NetworkDbContext CreateDbContext() => new(new DbContextOptionsBuilder<NetworkDbContext>().UseNetworkDatabase(connectionString).Options);
    }
}
