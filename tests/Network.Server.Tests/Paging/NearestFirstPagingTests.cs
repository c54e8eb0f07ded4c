using System.Text;
using Network.Server.Employers;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Paging;

/// <summary>
/// Lists ordered by distance alone page by keyset: 20 employers, 31 gaps and 20 mentors within 40 km of
/// B1, eight employers (and their gaps and mentors) at B1's own location, so that many rows tie. The
/// first employer gets one more gap after all the others, so that a gap's key alone does not give the
/// order of gaps at the same distance (their employer's key and then their own).
/// </summary>
public sealed class NearestFirstPagingTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    public static readonly TheoryData<string> Lists = ["skillsGaps", "employers", "mentors"];

    public Task InitializeAsync() => app.SeedOnceAsync(SeedAsync);

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task SeedAsync(TestData data)
    {
        string[] postcodes = ["B1", "B1", "B1", "B1", "B1", "B1", "B1", "B1", "B5", "B5", "B15", "B70", "B90", "DY1", "WS1", "WS1", "WV1", "CV1", "CV1", "B5"];
        Employer? first = null;
        for (var i = 0; i < postcodes.Length; i++)
        {
            var employer = await data.EmployerAsync($"Keyset {i:00}", i % 2 == 0 ? Sector.IctDigital : Sector.Construction, postcodes[i]);
            await data.GapAsync(employer, "cybersecurity");
            if (i % 2 == 0)
            {
                await data.GapAsync(employer, "data-analytics");
            }

            await data.MentorAsync(employer, $"Keyset Mentor {i:00}", CareerStage.Early, ["cybersecurity"], ["budget-planning"]);
            first ??= employer;
        }

        await data.GapAsync(first!, "budget-planning");
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Walking_every_page_forwards_or_backwards_gives_the_one_sorted_read(string list)
    {
        var walk = new NearestFirstWalk(app.CreateGraphQLClient(), list);
        var all = await walk.PageAsync(new { first = 50 });
        var expected = NearestFirstWalk.Positions([all]);

        var forward = await walk.ForwardAsync(3);
        var backward = await walk.BackwardAsync(3);

        Assert.Equal(all["totalCount"]!.GetValue<int>(), expected.Length);
        Assert.False(NearestFirstWalk.HasNext(all));
        Assert.Equal(expected.OrderBy(p => p.Km).ThenBy(p => p.Place).ThenBy(p => p.Key), expected);
        Assert.Equal(expected, NearestFirstWalk.Positions(forward));
        Assert.Equal(expected, NearestFirstWalk.Positions(backward));
        Assert.Equal([false, .. Enumerable.Repeat(true, forward.Count - 1)], forward.Select(NearestFirstWalk.HasPrevious));
        Assert.Equal([true, .. Enumerable.Repeat(true, backward.Count - 2), false], backward.Select(NearestFirstWalk.HasNext));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Rows_at_the_same_distance_page_by_place_and_key_across_page_boundaries(string list)
    {
        var walk = new NearestFirstWalk(app.CreateGraphQLClient(), list);

        var pages = await walk.ForwardAsync(2);
        var ties = NearestFirstWalk.Positions(pages).Where(p => p.Km == 0).ToArray();

        Assert.True(ties.Length >= 8, $"{list} has {ties.Length} rows at the origin");
        Assert.Equal(ties.OrderBy(t => t.Place).ThenBy(t => t.Key), ties);
        Assert.Equal(list == "skillsGaps", !ties.Select(t => t.Key).SequenceEqual(ties.Select(t => t.Key).Order()));
        Assert.Equal(NearestFirstWalk.Ids(pages).Length, NearestFirstWalk.Ids(pages).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Farthest_first_pages_by_keyset_too(string list)
    {
        var walk = new NearestFirstWalk(app.CreateGraphQLClient(), list, "DESC");
        var all = NearestFirstWalk.Positions([await walk.PageAsync(new { first = 50 })]);

        var forward = NearestFirstWalk.Positions(await walk.ForwardAsync(4));
        var backward = NearestFirstWalk.Positions(await walk.BackwardAsync(4));

        Assert.Equal(all.OrderByDescending(p => p.Km).ThenBy(p => p.Place).ThenBy(p => p.Key), all);
        Assert.Equal(all, forward);
        Assert.Equal(all, backward);
    }

    [Fact]
    public async Task After_and_before_together_give_the_rows_between_them()
    {
        var walk = new NearestFirstWalk(app.CreateGraphQLClient(), "employers");
        var all = await walk.PageAsync(new { first = 50 });
        var cursors = all["edges"]!.AsArray().Select(e => e!["cursor"]!.GetValue<string>()).ToArray();
        var ids = NearestFirstWalk.Ids([all]);

        var forward = await walk.PageAsync(new { first = 10, after = cursors[2], before = cursors[8] });
        var backward = await walk.PageAsync(new { last = 2, after = cursors[2], before = cursors[8] });

        Assert.Equal(ids[3..8], NearestFirstWalk.Ids([forward]));
        Assert.True(NearestFirstWalk.HasNext(forward));
        Assert.True(NearestFirstWalk.HasPrevious(forward));
        Assert.Equal(ids[6..8], NearestFirstWalk.Ids([backward]));
        Assert.True(NearestFirstWalk.HasNext(backward));
        Assert.True(NearestFirstWalk.HasPrevious(backward));
    }

    [Fact]
    public async Task First_zero_gives_no_rows_but_reports_what_follows()
    {
        var page = await new NearestFirstWalk(app.CreateGraphQLClient(), "employers").PageAsync(new { first = 0 });

        Assert.Empty(page["edges"]!.AsArray());
        Assert.True(NearestFirstWalk.HasNext(page));
        Assert.Null(page["pageInfo"]!["endCursor"]);
        Assert.Equal(20, page["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("")]
    [InlineData("bmVhcjo=")]
    [InlineData("bmVhcjphYmM6MS41")]
    [InlineData("bmVhcjphYmM6eDox")]
    [InlineData("bmVhcjphYmM6LTE6MQ==")]
    [InlineData("bmVhcjphYmM6TmFOOjE=")]
    [InlineData("//79")]
    public async Task Cursors_that_are_not_distance_cursors_are_refused(string cursor)
    {
        var walk = new NearestFirstWalk(app.CreateGraphQLClient(), "employers");

        var after = await walk.SendAsync(new { first = 3, after = cursor });
        var before = await walk.SendAsync(new { last = 3, before = cursor });

        Assert.Equal("INVALID_CURSOR", after.FirstErrorCode);
        Assert.Equal("INVALID_CURSOR", before.FirstErrorCode);
        Assert.Null(after.Data?["employers"]);
    }

    [Fact]
    public async Task An_offset_cursor_is_refused_by_a_list_ordered_by_distance_and_the_reverse()
    {
        var client = app.CreateGraphQLClient();
        var byName = (await client.QueryAsync("{ employers(order: [{ name: ASC }], first: 2) { pageInfo { endCursor } } }"))["employers"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var byDistance = (await new NearestFirstWalk(client, "employers").PageAsync(new { first = 2 }))["pageInfo"]!["endCursor"]!.GetValue<string>();

        var offsetOnDistance = await new NearestFirstWalk(client, "employers").SendAsync(new { first = 2, after = byName });
        var distanceOnOffset = await client.PostAsync("query($c: String) { employers(order: [{ name: ASC }], after: $c) { totalCount } }", new { c = byDistance });

        Assert.Equal("INVALID_CURSOR", offsetOnDistance.FirstErrorCode);
        Assert.Contains("another order", offsetOnDistance.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("INVALID_CURSOR", distanceOnOffset.FirstErrorCode);
        Assert.Contains("ordered by distance alone", distanceOnOffset.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("employers", "ASC", "CV1", "employers", "ASC")]
    [InlineData("mentors", "ASC", "B1", "employers", "ASC")]
    [InlineData("employers", "DESC", "B1", "employers", "ASC")]
    public async Task A_cursor_of_another_list_origin_or_direction_is_refused(string list, string direction, string postcode, string usedOn, string usedDirection)
    {
        var client = app.CreateGraphQLClient();
        var cursor = (await new NearestFirstWalk(client, list, direction, postcode).PageAsync(new { first = 2 }))["pageInfo"]!["endCursor"]!.GetValue<string>();

        var response = await new NearestFirstWalk(client, usedOn, usedDirection).SendAsync(new { first = 2, after = cursor });

        Assert.Equal("INVALID_CURSOR", response.FirstErrorCode);
        Assert.Contains("another list, origin or order", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cursor_is_opaque_base64_and_names_the_same_row_in_every_page()
    {
        var walk = new NearestFirstWalk(app.CreateGraphQLClient(), "skillsGaps");
        var all = (await walk.PageAsync(new { first = 50 }))["edges"]!.AsArray().Select(e => e!["cursor"]!.GetValue<string>()).ToArray();
        var second = (await walk.PageAsync(new { first = 5, after = all[4] }))["edges"]!.AsArray().Select(e => e!["cursor"]!.GetValue<string>()).ToArray();

        Assert.Equal(all[5..10], second);
        Assert.All(all, c => Assert.StartsWith("near:", Encoding.UTF8.GetString(Convert.FromBase64String(c)), StringComparison.Ordinal));
    }
}
