using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Paging;

/// <summary>Cursor connections: page sizes, forward and backward walks, page info, and refused arguments. 23 employers, no mentors.</summary>
public sealed class PagingTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    private const int Total = 23;

    private const string EmployersPage = """
        query($first: Int, $after: String, $last: Int, $before: String, $where: EmployerFilterInput) {
          employers(first: $first, after: $after, last: $last, before: $before, where: $where, order: [{ name: ASC }]) {
            totalCount
            edges { cursor node { name } }
            nodes { name }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private static readonly string[] AllNames = [.. Enumerable.Range(1, Total).Select(Name)];

    public async Task InitializeAsync()
    {
        await using var db = app.CreateDbContext();
        if (await db.Employers.AnyAsync())
        {
            return;
        }

        var data = new TestData(app);
        for (var i = 1; i <= Total; i++)
        {
            await data.EmployerAsync(Name(i), i % 3 == 0 ? Sector.Construction : Sector.IctDigital, "B1 1AA");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_empty_list_has_no_edges_no_cursors_and_no_pages()
    {
        var data = await app.CreateGraphQLClient().QueryAsync("""
            {
              forward: mentors { totalCount edges { cursor } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
              backward: mentors(last: 5) { totalCount edges { cursor } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
            }
            """);

        foreach (var connection in new[] { data["forward"]!, data["backward"]! })
        {
            Assert.Equal(0, connection["totalCount"]!.GetValue<int>());
            Assert.Empty(connection["edges"]!.AsArray());
            Assert.Empty(connection["nodes"]!.AsArray());
            Assert.False(connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            Assert.False(connection["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            Assert.Null(connection["pageInfo"]!["startCursor"]);
            Assert.Null(connection["pageInfo"]!["endCursor"]);
        }
    }

    [Fact]
    public async Task Without_arguments_a_page_holds_ten_items()
    {
        var page = await PageAsync(new { });

        Assert.Equal(AllNames[..10], Names(page["nodes"]));
        Assert.Equal(Total, page["totalCount"]!.GetValue<int>());
        Assert.True(HasNext(page));
        Assert.False(HasPrevious(page));
        Assert.Equal(Cursors(page)[0], page["pageInfo"]!["startCursor"]!.GetValue<string>());
        Assert.Equal(Cursors(page)[9], page["pageInfo"]!["endCursor"]!.GetValue<string>());
    }

    [Fact]
    public async Task First_and_after_walk_forward_through_every_page()
    {
        var pages = new List<JsonNode>();
        string? after = null;
        do
        {
            pages.Add(await PageAsync(new { first = 10, after }));
            after = pages[^1]["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
        while (HasNext(pages[^1]));

        Assert.Equal([10, 10, 3], pages.Select(p => p["edges"]!.AsArray().Count));
        Assert.Equal(AllNames, pages.SelectMany(p => Names(p["nodes"])));
        Assert.Equal([false, true, true], pages.Select(HasPrevious));
        Assert.Equal(Total, pages.SelectMany(Cursors).Distinct().Count());
    }

    [Theory]
    [InlineData(22, true)]
    [InlineData(23, false)]
    [InlineData(50, false)]
    public async Task Has_next_page_is_true_only_while_items_remain(int first, bool hasNext)
    {
        var page = await PageAsync(new { first });

        Assert.Equal(Math.Min(first, Total), page["edges"]!.AsArray().Count);
        Assert.Equal(hasNext, HasNext(page));
    }

    [Fact]
    public async Task Last_and_before_walk_backward_through_every_page()
    {
        var pages = new List<JsonNode>();
        string? before = null;
        do
        {
            pages.Add(await PageAsync(new { last = 10, before }));
            before = pages[^1]["pageInfo"]!["startCursor"]!.GetValue<string>();
        }
        while (HasPrevious(pages[^1]));

        Assert.Equal([10, 10, 3], pages.Select(p => p["edges"]!.AsArray().Count));
        Assert.Equal(AllNames, Enumerable.Reverse(pages).SelectMany(p => Names(p["nodes"])));
        Assert.Equal([false, true, true], pages.Select(HasNext));
    }

    [Fact]
    public async Task Last_alone_gives_the_end_of_the_whole_list()
    {
        var page = await PageAsync(new { last = 5 });

        Assert.Equal(AllNames[^5..], Names(page["nodes"]));
        Assert.True(HasPrevious(page));
        Assert.False(HasNext(page));
        Assert.Equal(Total, page["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Last_alone_works_without_total_count_being_selected()
    {
        var data = await app.CreateGraphQLClient().QueryAsync("{ employers(last: 3, order: [{ name: ASC }]) { nodes { name } } }");

        Assert.Equal(AllNames[^3..], Names(data["employers"]!["nodes"]));
    }

    [Fact]
    public async Task First_zero_gives_no_edges_but_reports_what_follows()
    {
        var page = await PageAsync(new { first = 0 });

        Assert.Empty(page["edges"]!.AsArray());
        Assert.True(HasNext(page));
        Assert.False(HasPrevious(page));
        Assert.Null(page["pageInfo"]!["startCursor"]);
        Assert.Null(page["pageInfo"]!["endCursor"]);
        Assert.Equal(Total, page["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task After_and_before_together_give_the_items_between_them()
    {
        var cursors = Cursors(await PageAsync(new { first = Total }));

        var forward = await PageAsync(new { first = 10, after = cursors[2], before = cursors[8] });
        var backward = await PageAsync(new { last = 2, after = cursors[2], before = cursors[8] });

        Assert.Equal(AllNames[3..8], Names(forward["nodes"]));
        Assert.True(HasPrevious(forward));
        Assert.True(HasNext(forward));
        Assert.Equal(AllNames[6..8], Names(backward["nodes"]));
        Assert.True(HasPrevious(backward));
        Assert.True(HasNext(backward));
    }

    [Fact]
    public async Task A_cursor_names_the_same_item_in_every_page_it_appears_in()
    {
        var all = await PageAsync(new { first = Total });
        var second = await PageAsync(new { first = 10, after = Cursors(await PageAsync(new { first = 10 }))[9] });

        Assert.Equal(Cursors(all)[10..20], Cursors(second));
    }

    [Fact]
    public async Task After_the_last_cursor_there_is_an_empty_page()
    {
        var cursors = Cursors(await PageAsync(new { first = Total }));

        var page = await PageAsync(new { first = 10, after = cursors[^1] });

        Assert.Empty(page["edges"]!.AsArray());
        Assert.False(HasNext(page));
        Assert.True(HasPrevious(page));
    }

    [Fact]
    public async Task Cursors_from_a_filtered_list_continue_that_filtered_list()
    {
        var where = new { sector = new { eq = "CONSTRUCTION" } };
        var first = await PageAsync(new { first = 3, where });
        var second = await PageAsync(new { first = 3, after = first["pageInfo"]!["endCursor"]!.GetValue<string>(), where });
        var third = await PageAsync(new { first = 3, after = second["pageInfo"]!["endCursor"]!.GetValue<string>(), where });

        Assert.Equal([Name(3), Name(6), Name(9)], Names(first["nodes"]));
        Assert.Equal([Name(12), Name(15), Name(18)], Names(second["nodes"]));
        Assert.Equal([Name(21)], Names(third["nodes"]));
        Assert.False(HasNext(third));
        Assert.All(new[] { first, second, third }, p => Assert.Equal(7, p["totalCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Nodes_are_the_nodes_of_the_edges()
    {
        var page = await PageAsync(new { first = 7, after = Cursors(await PageAsync(new { first = 4 }))[3] });

        Assert.Equal(page["edges"]!.AsArray().Select(e => e!["node"]!["name"]!.GetValue<string>()), Names(page["nodes"]));
        Assert.Equal(AllNames[4..11], Names(page["nodes"]));
    }

    [Theory]
    [InlineData("first: 51")]
    [InlineData("first: -1")]
    [InlineData("last: 51")]
    [InlineData("last: -1")]
    public async Task Page_sizes_outside_0_to_50_are_refused(string arguments)
    {
        var response = await app.CreateGraphQLClient().PostAsync($"{{ employers({arguments}) {{ totalCount }} }}");

        Assert.Equal("PAGE_SIZE_OUT_OF_RANGE", response.FirstErrorCode);
        Assert.Null(response.Data?["employers"]);
    }

    [Fact]
    public async Task First_and_last_together_are_refused()
    {
        var response = await app.CreateGraphQLClient().PostAsync("{ employers(first: 5, last: 5) { totalCount } }");

        Assert.Equal("INVALID_PAGING", response.FirstErrorCode);
        Assert.Equal("Pass either first or last, not both.", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("")]
    [InlineData("MTExMTExMTExMTExMTExMTExMTE=")]
    public async Task Cursors_that_are_not_offsets_are_refused(string cursor)
    {
        await AssertCursorRefusedAsync(cursor);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public async Task Cursors_that_encode_no_valid_offset_are_refused(string decoded)
    {
        await AssertCursorRefusedAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(decoded)));
    }

    [Fact]
    public async Task A_before_cursor_past_the_end_stops_at_the_end()
    {
        var beyond = Convert.ToBase64String(Encoding.UTF8.GetBytes("100"));

        var page = await PageAsync(new { last = 3, before = beyond });

        Assert.Equal(AllNames[^3..], Names(page["nodes"]));
        Assert.False(HasNext(page));
        Assert.True(HasPrevious(page));
    }

    private static string Name(int i) => $"Page {i:00}";

    private static bool HasNext(JsonNode page) => page["pageInfo"]!["hasNextPage"]!.GetValue<bool>();

    private static bool HasPrevious(JsonNode page) => page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>();

    private static string[] Cursors(JsonNode page) => [.. page["edges"]!.AsArray().Select(e => e!["cursor"]!.GetValue<string>())];

    private static string[] Names(JsonNode? nodes) => [.. nodes!.AsArray().Select(n => n!["name"]!.GetValue<string>())];

    private async Task AssertCursorRefusedAsync(string cursor)
    {
        var after = await app.CreateGraphQLClient().PostAsync("query($c: String) { employers(after: $c) { totalCount } }", new { c = cursor });
        var before = await app.CreateGraphQLClient().PostAsync("query($c: String) { employers(last: 2, before: $c) { totalCount } }", new { c = cursor });

        Assert.Equal("INVALID_CURSOR", after.FirstErrorCode);
        Assert.Equal($"'{cursor}' is not a valid cursor.", after.Errors![0]!["message"]!.GetValue<string>());
        Assert.Equal("INVALID_CURSOR", before.FirstErrorCode);
    }

    private async Task<JsonNode> PageAsync(object variables) =>
        (await app.CreateGraphQLClient().QueryAsync(EmployersPage, variables))["employers"]!;
}
