using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Employers;
using Network.Server.GraphQL.Budgets;
using Network.Server.GraphQL.Transport;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Transport;

/// <summary>The requirements of the GraphQL-over-HTTP specification, one by one, over real HTTP.</summary>
public sealed class GraphQLOverHttpTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string SkillsQuery = "{ skills(first: 1) { nodes { slug } } }";

    [Fact]
    public async Task The_server_answers_over_a_loopback_socket()
    {
        var address = app.CreateClient().BaseAddress!;
        using var plain = new HttpClient();

        var sdl = await plain.GetStringAsync(new Uri(address, "/graphql/schema.graphql"));

        Assert.True(address.IsLoopback && address.Port > 0, address.ToString());
        Assert.Contains("type Query {", sdl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.1, application/json", "application/json")]
    public async Task Post_negotiates_the_response_media_type(string accept, string expected)
    {
        using var response = await PostAsync($$"""{"query":"{{SkillsQuery}}"}""", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Fact]
    public async Task Post_without_accept_header_answers_in_the_graphql_response_media_type()
    {
        using var response = await PostAsync($$"""{"query":"{{SkillsQuery}}"}""", accept: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unacceptable_accept_header_is_406()
    {
        using var response = await PostAsync($$"""{"query":"{{SkillsQuery}}"}""", "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Get_runs_a_query_with_variables_from_the_query_string()
    {
        var query = Uri.EscapeDataString("query($n: Int) { skills(first: $n) { nodes { slug } } }");
        var variables = Uri.EscapeDataString("""{"n":2}""");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={query}&variables={variables}");
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        using var response = await app.CreateClient().SendAsync(request);
        var body = await Infrastructure.GraphQLResponse.ReadAsync(response);

        Assert.Equal(200, body.StatusCode);
        Assert.Equal(2, body.Data!["skills"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Get_refuses_mutations_with_405_and_writes_nothing()
    {
        var mutation = Uri.EscapeDataString("""mutation { registerEmployer(input: { name: "Via Get Ltd", sector: CONSTRUCTION, size: SMALL, postcode: "B1 1AA" }) { employer { id } } }""");
        using var response = await app.CreateClient().GetAsync($"/graphql?query={mutation}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        await using var db = app.CreateDbContext();
        Assert.DoesNotContain(db.Employers, e => e.Name == "Via Get Ltd");
    }

    [Fact]
    public async Task Other_methods_are_405_with_allow_header()
    {
        using var response = await app.CreateClient().PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Select(a => a.Trim()).Order());
    }

    [Theory]
    [InlineData("{\"query\": ")]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"query\": \"{ skills { totalCount } }\", \"variables\": [1]}")]
    [InlineData("{\"query\": \"{ skills { totalCount } }\", \"operationName\": 7}")]
    [InlineData("[{\"query\": \"{ skills { totalCount } }\"}]")]
    [InlineData("\"{ skills { totalCount } }\"")]
    [InlineData("{\"query\": \"{ skills { totalCount } } # \\ud800\"}")]
    [InlineData("{\"query\": \"{ skills { totalCount } }\", \"operationName\": \"\\udc00\"}")]
    [InlineData("{\"query\": \"query($s: String) { geocode(postcode: $s) { __typename } }\", \"variables\": {\"s\": [\"\\ud800\"]}}")]
    public async Task Requests_that_are_not_well_formed_are_400(string body)
    {
        foreach (var accept in new[] { GraphQLResponse, "application/json" })
        {
            using var response = await PostAsync(body, accept);
            var parsed = await Infrastructure.GraphQLResponse.ReadAsync(response);

            Assert.Equal(400, parsed.StatusCode);
            Assert.NotNull(parsed.Errors);
            Assert.Equal("INVALID_REQUEST", parsed.FirstErrorCode);
            Assert.Null(parsed.Body!["data"]);
        }
    }

    [Theory]
    [InlineData("{ geocode(postcode: \"\\udc00\") { __typename } }", null)]
    [InlineData("query($p: String!) { geocode(postcode: $p) { __typename } }", "{\"p\": \"B1 \\ud800\"}")]
    [InlineData("{ geocode(postcode: \"B1\\u0000\") { __typename } }", null)]
    [InlineData("query($p: String!) { geocode(postcode: $p) { __typename } }", "{\"p\": \"B1 \\u0000\"}")]
    public async Task Strings_with_a_lone_surrogate_or_a_nul_are_refused_with_a_code(string query, string? variables)
    {
        var body = variables is null ? $"{{\"query\": {JsonSerializer.Serialize(query)}}}" : $"{{\"query\": {JsonSerializer.Serialize(query)}, \"variables\": {variables}}}";
        using var response = await PostAsync(body, GraphQLResponse);
        var parsed = await Infrastructure.GraphQLResponse.ReadAsync(response);

        Assert.Equal(400, parsed.StatusCode);
        Assert.NotNull(parsed.FirstErrorCode);
        Assert.Null(parsed.Data);
    }

    [Theory]
    [InlineData("mutation($input: [ID!]!) { respondToWebinarInvitation(input: $input) { __typename } }", "{\"input\": 2147483647}")]
    [InlineData("mutation($input: [ID!]!) { respondToWebinarInvitation(input: $input) { __typename } }", "{\"input\": [\"V2ViaW5hcjox\"]}")]
    [InlineData("query($p: [Int!]!) { geocode(postcode: $p) { __typename } }", "{\"p\": 1}")]
    [InlineData("query($w: [ID!]!) { skillsGaps(where: $w) { totalCount } }", "{\"w\": [\"x\"]}")]
    [InlineData("mutation($input: UpdateSkillsGapInput!) { respondToWebinarInvitation(input: $input) { __typename } }", "{\"input\": {\"id\": \"x\"}}")]
    public async Task A_variable_whose_type_does_not_fit_where_it_is_used_is_refused_before_anything_runs(string query, string variables)
    {
        using var response = await PostAsync($"{{\"query\": {JsonSerializer.Serialize(query)}, \"variables\": {variables}}}", GraphQLResponse);
        var parsed = await Infrastructure.GraphQLResponse.ReadAsync(response);

        Assert.Equal(400, parsed.StatusCode);
        Assert.Equal("VARIABLES_IN_ALLOWED_POSITION", parsed.FirstErrorCode);
        Assert.Null(parsed.Data);
    }

    [Theory]
    [InlineData(new byte[] { 0xff })]
    [InlineData(new byte[] { 0xed, 0xa0, 0x80 })]
    [InlineData(new byte[] { 0xc0, 0x80 })]
    public async Task Bodies_that_are_not_utf8_are_400(byte[] invalid)
    {
        byte[] body = [.. Encoding.UTF8.GetBytes("{\"query\": \"{ skills { totalCount } } #"), .. invalid, .. Encoding.UTF8.GetBytes("\"}")];
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        using var response = await app.CreateClient().SendAsync(request);
        var parsed = await Infrastructure.GraphQLResponse.ReadAsync(response);

        Assert.Equal(400, parsed.StatusCode);
        Assert.Equal("INVALID_REQUEST", parsed.FirstErrorCode);
    }

    [Fact]
    public async Task Get_without_query_is_400()
    {
        using var response = await app.CreateClient().GetAsync("/graphql");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task Unsupported_content_types_are_415(string contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes($$"""{"query":"{{SkillsQuery}}"}"""));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await app.CreateClient().PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_without_content_type_is_415()
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes($$"""{"query":"{{SkillsQuery}}"}"""));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        using var response = await app.CreateClient().SendAsync(request);
        var body = await Infrastructure.GraphQLResponse.ReadAsync(response);

        Assert.Null(content.Headers.ContentType);
        Assert.Equal(415, body.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", body.FirstErrorCode);
    }

    [Theory]
    [InlineData("{ skills { ", GraphQLResponse, 400)]
    [InlineData("{ skills { ", "application/json", 200)]
    [InlineData("{ skills { nope } }", GraphQLResponse, 400)]
    [InlineData("{ skills { nope } }", "application/json", 200)]
    public async Task Document_parse_and_validation_errors_follow_the_media_type(string query, string accept, int status)
    {
        var response = await app.CreateGraphQLClient().PostAsync(query, accept: accept);

        Assert.Equal(status, response.StatusCode);
        Assert.NotNull(response.Errors);
        Assert.Null(response.Body!["data"]);
    }

    [Fact]
    public async Task Variables_of_the_wrong_type_are_a_request_error()
    {
        var response = await app.CreateGraphQLClient().PostAsync("query($n: Int) { skills(first: $n) { totalCount } }", new { n = "ten" });

        Assert.Equal(400, response.StatusCode);
        Assert.Null(response.Body!["data"]);
    }

    [Fact]
    public async Task Operation_name_selects_the_operation()
    {
        const string document = "query A { skills(first: 1) { totalCount } } query B { geocode(postcode: \"CV1\") { outcode } }";
        using var response = await PostAsync($$"""{"query":"{{document.Replace("\"", "\\\"", StringComparison.Ordinal)}}","operationName":"B"}""", GraphQLResponse);
        var parsed = await Infrastructure.GraphQLResponse.ReadAsync(response);

        Assert.Equal(200, parsed.StatusCode);
        Assert.Equal("CV1", parsed.Data!["geocode"]!["outcode"]!.GetValue<string>());
        Assert.Null(parsed.Data["skills"]);
    }

    [Fact]
    public async Task Unknown_operation_name_is_400()
    {
        using var response = await PostAsync("""{"query":"query A { skills { totalCount } }","operationName":"Z"}""", GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Field_errors_with_data_are_200_and_carry_a_code()
    {
        var response = await app.CreateGraphQLClient().PostAsync("{ skills(first: 1) { totalCount } geocode(postcode: \"SW1A 1AA\") { outcode } }");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("POSTCODE_OUTSIDE_REGION", response.FirstErrorCode);
        Assert.DoesNotContain("   at ", response.Body!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversized_bodies_are_413()
    {
        var padding = new string(' ', new RequestBudgetOptions().MaxRequestBytes);
        using var response = await PostAsync($$"""{"query":"{{SkillsQuery}}{{padding}}"}""", GraphQLResponse);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Repeated_documents_are_parsed_and_validated_once()
    {
        var cache = app.Services.GetRequiredService<DocumentCache>();
        var query = $"{{ skills(first: 3) {{ totalCount }} }} # {Guid.NewGuid()}";
        var client = app.CreateGraphQLClient();

        await client.QueryAsync(query);
        var afterFirst = cache.Count;
        await client.QueryAsync(query);

        Assert.Equal(afterFirst, cache.Count);
        Assert.True(afterFirst >= 1);
    }

    [Fact]
    public async Task Invalid_documents_are_not_cached()
    {
        var cache = app.Services.GetRequiredService<DocumentCache>();
        var before = cache.Count;

        await app.CreateGraphQLClient().PostAsync($"{{ skills {{ nope{Guid.NewGuid():N} }} }}");

        Assert.Equal(before, cache.Count);
    }

    [Fact]
    public async Task The_schema_is_served_as_sdl()
    {
        using var response = await app.CreateClient().GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("type Query {", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await app.CreateClient().SendAsync(request);
    }
}
