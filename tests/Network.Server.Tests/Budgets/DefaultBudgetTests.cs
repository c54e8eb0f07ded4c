using System.Net;
using System.Text;
using Network.Server.GraphQL.Budgets;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Budgets;

/// <summary>Each budget with its default value: a request at the limit passes, one just over is refused before it runs.</summary>
public sealed class DefaultBudgetTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private static readonly RequestBudgetOptions Defaults = new();

    [Theory]
    [InlineData(7)]
    [InlineData(9)]
    public async Task The_introspection_query_GraphiQL_sends_passes(int typeDepth)
    {
        var response = await app.CreateGraphQLClient().PostAsync(BudgetQueries.Introspection(typeDepth));

        Refused.NotRefused(response);
        Assert.Null(response.Errors);
        Assert.Contains(response.Data!["__schema"]!["types"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "EmployersConnection");
    }

    [Fact]
    public async Task Deeper_type_references_than_the_introspection_query_asks_are_refused()
    {
        var response = await app.CreateGraphQLClient().PostAsync(BudgetQueries.Introspection(10));

        var error = Refused.With(response, BudgetErrorCodes.MaxDepthExceeded);
        Assert.Equal("The operation nests fields 16 levels deep; at most 15 are allowed.", Refused.Message(error));
    }

    [Fact]
    public async Task Depth_counts_introspection_fields_up_to_the_limit()
    {
        var client = app.CreateGraphQLClient();

        var atLimit = await client.PostAsync(BudgetQueries.OfTypeChain(Defaults.MaxDepth - 2));
        var over = await client.PostAsync(BudgetQueries.OfTypeChain(Defaults.MaxDepth - 1));

        Refused.NotRefused(atLimit);
        Assert.Equal("The operation nests fields 16 levels deep; at most 15 are allowed.", Refused.Message(Refused.With(over, BudgetErrorCodes.MaxDepthExceeded)));
    }

    [Fact]
    public async Task Depth_counts_fields_inside_fragments()
    {
        var client = app.CreateGraphQLClient();
        const string fragment = "fragment Refs on __Type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } }";

        // __type, then 7 ofType levels in the query, then the fragment's 6 ofType levels and name: 15.
        var atLimit = await client.PostAsync("{ __type(name: \"Query\") { " + BudgetQueries.Repeat("ofType { ", 7) + "...Refs " + BudgetQueries.Repeat("} ", 7) + "} } " + fragment);
        var over = await client.PostAsync("{ __type(name: \"Query\") { " + BudgetQueries.Repeat("ofType { ", 8) + "...Refs " + BudgetQueries.Repeat("} ", 8) + "} } " + fragment);

        Refused.NotRefused(atLimit);
        Assert.Equal("The operation nests fields 16 levels deep; at most 15 are allowed.", Refused.Message(Refused.With(over, BudgetErrorCodes.MaxDepthExceeded)));
    }

    [Fact]
    public async Task Aliases_up_to_the_limit_pass()
    {
        var client = app.CreateGraphQLClient();

        var atLimit = await client.PostAsync(BudgetQueries.Aliases(Defaults.MaxAliases));
        var over = await client.PostAsync(BudgetQueries.Aliases(Defaults.MaxAliases + 1));

        Refused.NotRefused(atLimit);
        var error = Refused.With(over, BudgetErrorCodes.MaxAliasesExceeded);
        Assert.Equal("The document has 51 aliases; at most 50 are allowed.", Refused.Message(error));
        Assert.Equal(1, error["locations"]![0]!["line"]!.GetValue<int>());
    }

    [Fact]
    public async Task Selections_up_to_the_limit_pass()
    {
        var client = app.CreateGraphQLClient();

        var atLimit = await client.PostAsync(BudgetQueries.Selections(Defaults.MaxSelections));
        var over = await client.PostAsync(BudgetQueries.Selections(Defaults.MaxSelections + 1));

        Refused.NotRefused(atLimit);
        Assert.Equal(
            "The document has 501 selections (fields, fragment spreads and inline fragments); at most 500 are allowed.",
            Refused.Message(Refused.With(over, BudgetErrorCodes.MaxSelectionsExceeded)));
    }

    [Fact]
    public async Task Fragments_up_to_the_limit_pass()
    {
        var client = app.CreateGraphQLClient();

        var atLimit = await client.PostAsync(BudgetQueries.Fragments(Defaults.MaxFragments));
        var over = await client.PostAsync(BudgetQueries.Fragments(Defaults.MaxFragments + 1));

        Refused.NotRefused(atLimit);
        Assert.Equal("The document defines 51 fragments; at most 50 are allowed.", Refused.Message(Refused.With(over, BudgetErrorCodes.MaxFragmentsExceeded)));
    }

    [Theory]
    [InlineData("first", 50, null)]
    [InlineData("last", 50, null)]
    [InlineData("first", 0, null)]
    [InlineData("first", 51, "first must be between 0 and 50; it is 51.")]
    [InlineData("last", 51, "last must be between 0 and 50; it is 51.")]
    [InlineData("first", -1, "first must be between 0 and 50; it is -1.")]
    public async Task Page_sizes_are_checked_before_any_SQL(string argument, int size, string? refusal)
    {
        var client = app.CreateGraphQLClient();
        app.SqlCommands.Reset();

        var literal = await client.PostAsync($"{{ employers({argument}: {size}) {{ totalCount nodes {{ name }} }} }}");
        var variable = await client.PostAsync($"query($n: Int) {{ employers({argument}: $n) {{ totalCount nodes {{ name }} }} }}", new { n = size });

        if (refusal is null)
        {
            Refused.NotRefused(literal);
            Refused.NotRefused(variable);
        }
        else
        {
            Assert.Equal(refusal, Refused.Message(Refused.With(literal, BudgetErrorCodes.PageSizeOutOfRange)));
            Assert.Equal(refusal, Refused.Message(Refused.With(variable, BudgetErrorCodes.PageSizeOutOfRange)));
            Assert.Equal(0, app.SqlCommands.Count);
        }
    }

    [Fact]
    public async Task Cost_up_to_the_limit_passes()
    {
        // employers(first: n) { nodes { mentors { offers { skill { name } } } } } costs 1 + 211n, skills(first: n)
        // { nodes { name slug } } 1 + n, me { isAuthenticated } 1: 4 × 10,551 + 7,597 + 3 × 51 + 46 = 50,000.
        const string Employers = "nodes { mentors { offers { skill { name } } } }";
        var big = string.Concat(Enumerable.Range(0, 4).Select(i => $"e{i}: employers(first: 50) {{ {Employers} }} "));
        var small = string.Concat(Enumerable.Range(0, 3).Select(i => $"s{i}: skills(first: 50) {{ nodes {{ name slug }} }} "));
        var document = $"{{ {big} e4: employers(first: 36) {{ {Employers} }} {small} s3: skills(first: 45) {{ nodes {{ name slug }} }} ";
        var client = app.CreateGraphQLClient();

        var atLimit = await client.PostAsync(document + "}");
        var over = await client.PostAsync(document + "me { isAuthenticated } }");

        Refused.NotRefused(atLimit);
        var refusal = Refused.With(over, BudgetErrorCodes.MaxComplexityExceeded);
        Assert.Equal(
            "The operation's cost is 50,001 (each object in the answer counts 1, lists by their @listSize); at most 50,000 is allowed.",
            Refused.Message(refusal));
        Assert.Equal(50_001, refusal["extensions"]!["cost"]!.GetValue<long>());
        Assert.Equal(50_000, refusal["extensions"]!["limit"]!.GetValue<long>());
    }

    [Fact]
    public async Task Request_bodies_up_to_the_limit_pass()
    {
        static string Body(int bytes)
        {
            const string head = "{\"query\":\"{ __typename }";
            const string tail = "\"}";
            return head + new string(' ', bytes - head.Length - tail.Length) + tail;
        }

        var atLimit = await PostAsync(Body(Defaults.MaxRequestBytes));
        var over = await PostAsync(Body(Defaults.MaxRequestBytes + 1));

        Refused.NotRefused(atLimit);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (HttpStatusCode)over.StatusCode);
        Assert.Equal(BudgetErrorCodes.RequestTooLarge, over.FirstErrorCode);
        Assert.Equal("The request body is 262,145 bytes; at most 262,144 are allowed.", Refused.Message(over.Errors![0]!));
    }

    [Theory]
    [InlineData(117, false)]
    [InlineData(118, true)]
    public async Task Syntax_nested_past_the_parser_limit_is_refused(int levels, bool refused)
    {
        var response = await app.CreateGraphQLClient().PostAsync(BudgetQueries.NestedLists(levels));

        if (refused)
        {
            Assert.Equal(
                "The document nests selections, arguments or values more than 128 levels deep; at most 128 are allowed.",
                Refused.Message(Refused.With(response, BudgetErrorCodes.MaxDepthExceeded)));
        }
        else
        {
            // Deep, but within the parser's limit: GraphQL's own validation answers (a list is not a String).
            Assert.NotEqual(BudgetErrorCodes.MaxDepthExceeded, response.FirstErrorCode);
        }
    }

    [Theory]
    [InlineData("{ ... on Nowhere { name } }", "KNOWN_TYPE_NAMES")]
    [InlineData("{ ...Missing }", "KNOWN_FRAGMENT_NAMES")]
    [InlineData("{ employers { nodes { nope { name } } } }", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("{ employers(first: \"ten\") { totalCount } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("{ nodes(ids: 7) { nope } }", "FIELDS_ON_CORRECT_TYPE")]
    public async Task Documents_within_budget_still_meet_GraphQLs_own_rules(string query, string code)
    {
        var response = await app.CreateGraphQLClient().PostAsync(query);

        Refused.With(response, code);
    }

    private async Task<GraphQLResponse> PostAsync(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await app.CreateClient().SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }
}
