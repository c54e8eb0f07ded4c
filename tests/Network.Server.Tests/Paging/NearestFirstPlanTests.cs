using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Network.Server.Data;
using Network.Server.GraphQL.Paging;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;
using Npgsql;

namespace Network.Server.Tests.Paging;

/// <summary>The server, keeping the statements that read the keys of nearest-first pages.</summary>
public sealed class NearestFirstPlanApp : NetworkApp
{
    public NearestFirstPlanApp() => Interceptors = [Pages];

    public PageStatements Pages { get; } = new();

    /// <summary>The statements ordered by a key's <c>&lt;-&gt;</c>, as sent, with copies of their parameters.</summary>
    public sealed class PageStatements : DbCommandInterceptor
    {
        private readonly Lock _lock = new();
        private readonly List<(string Sql, NpgsqlParameter[] Parameters)> _sent = [];

        public (string Sql, NpgsqlParameter[] Parameters) Last
        {
            get
            {
                lock (_lock)
                {
                    return _sent[^1];
                }
            }
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("::double precision <-> 0", StringComparison.Ordinal))
            {
                var parameters = command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToArray();
                lock (_lock)
                {
                    _sent.Add((command.CommandText, parameters));
                }
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

/// <summary>
/// A nearest-first page walks the GiST index on <c>(location, id)</c> in the page's whole order, so that rows at
/// the same distance are never sorted as a group: the plan PostgreSQL makes for the statement the server sends,
/// with the settings it sends it with, orders an index scan by both distances and sorts nothing but a gap's
/// few siblings (an Incremental Sort within one employer).
/// </summary>
public sealed class NearestFirstPlanTests(NearestFirstPlanApp app) : IClassFixture<NearestFirstPlanApp>, IAsyncLifetime
{
    public static readonly TheoryData<string, string> Lists = new() { { "skillsGaps", "employers" }, { "employers", "employers" }, { "mentors", "mentors" } };

    public Task InitializeAsync() => app.SeedOnceAsync(SeedAsync);

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task SeedAsync(TestData data)
    {
        string[] postcodes = ["B1", "B1", "B1", "B1", "B1", "B1", "B5", "B15", "B70", "DY1", "WS1", "CV1"];
        for (var i = 0; i < postcodes.Length; i++)
        {
            var employer = await data.EmployerAsync($"Plan {i:00}", Sector.IctDigital, postcodes[i]);
            await data.GapAsync(employer, "cybersecurity");
            await data.GapAsync(employer, "data-analytics");
            await data.MentorAsync(employer, $"Plan Mentor {i:00}", CareerStage.Mid, ["cybersecurity"], ["budget-planning"]);
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task The_first_page_and_a_page_after_a_cursor_walk_the_index_in_order(string list, string table)
    {
        var walk = new NearestFirstWalk(app.CreateGraphQLClient(), list);

        var first = await walk.PageAsync(new { first = 4 });
        var firstPlan = await ExplainAsync(app.Pages.Last);
        await walk.PageAsync(new { first = 4, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() });
        var laterPlan = await ExplainAsync(app.Pages.Last);

        foreach (var plan in new[] { firstPlan, laterPlan })
        {
            Assert.Contains($"Index Scan using ix_{table}_location_id on {table}", plan, StringComparison.Ordinal);
            Assert.Contains("Order By: ((location <-> ", plan, StringComparison.Ordinal);
            Assert.Contains("AND ((id)::double precision <-> '0'::double precision))", plan, StringComparison.Ordinal);
            Assert.DoesNotContain(plan.Split('\n'), line => line.TrimStart(' ', '-', '>') == "Sort");
        }
    }

    [Theory]
    [InlineData("skillsGaps")]
    [InlineData("employers")]
    [InlineData("mentors")]
    public async Task A_page_is_two_commands_the_plans_settings_with_the_keys_then_the_rows(string list)
    {
        var client = app.CreateGraphQLClient();
        var query = $$"""{ {{list}}(near: { origin: { postcode: "B1" }, radiusKm: 40 }, order: [{ distanceKm: ASC }], first: 4) { nodes { id distanceKm } } }""";
        await client.QueryAsync(query);

        app.SqlCommands.Reset();
        var data = await client.QueryAsync(query);

        Assert.Equal(4, data[list]!["nodes"]!.AsArray().Count);
        Assert.Equal(2, app.SqlCommands.Count);
        Assert.StartsWith($"{DistancePlan.Settings};", app.Pages.Last.Sql, StringComparison.Ordinal);
    }

    /// <summary>The plan of a statement as the server runs it: in a transaction, after the settings the server sends before it in the same command.</summary>
    private async Task<string> ExplainAsync((string Sql, NpgsqlParameter[] Parameters) statement)
    {
        var settings = $"{DistancePlan.Settings};";
        Assert.StartsWith(settings, statement.Sql, StringComparison.Ordinal);
        await using var dataSource = new NpgsqlDataSourceBuilder(DataServiceCollectionExtensions.Tune(app.ConnectionString)).UseNetTopologySuite().Build();
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var set = new NpgsqlCommand(DistancePlan.Settings, connection, transaction))
        {
            await set.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand($"EXPLAIN (COSTS OFF) {statement.Sql[settings.Length..]}", connection, transaction);
        foreach (var parameter in statement.Parameters)
        {
            explain.Parameters.Add(parameter.Clone());
        }
        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }
}
