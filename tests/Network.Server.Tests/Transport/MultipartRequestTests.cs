using System.Net.Http.Headers;
using System.Text;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Transport;

/// <summary>
/// The GraphQL multipart request specification (https://github.com/jaydenseric/graphql-multipart-request-spec)
/// over real HTTP: <c>operations</c>, then <c>map</c>, then the files; and each way a request can break it.
/// </summary>
public sealed class MultipartRequestTests(UploadApp app) : IClassFixture<UploadApp>
{
    private const string Summary = "query($file: Upload!) { fileSummary(file: $file) }";
    private const string Operations = """{"query":"query($file: Upload!) { fileSummary(file: $file) }","variables":{"file":null}}""";
    private const string Map = """{"0":["variables.file"]}""";
    private static readonly UploadPart Csv = UploadPart.Text("mentors.csv", "a,b\n1,2\n");

    [Fact]
    public async Task A_file_mapped_to_a_variable_reaches_the_resolver()
    {
        var response = await app.CreateGraphQLClient().PostFilesAsync(Summary, new { file = (object?)null }, Csv with { Paths = ["variables.file"] });

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("mentors.csv text/csv 8 a,b\n1,2\n", response.Data!["fileSummary"]!.GetValue<string>());
    }

    [Fact]
    public async Task Files_fill_a_list_and_one_file_may_fill_several_paths()
    {
        var response = await app.CreateGraphQLClient().PostFilesAsync(
            "query($files: [Upload!]!) { fileSummaries(files: $files) }",
            new { files = new object?[] { null, null, null } },
            UploadPart.Text("first.csv", "1", "variables.files.0", "variables.files.2"),
            UploadPart.Text("second.csv", "22", "variables.files.1"));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(["first.csv text/csv 1 1", "second.csv text/csv 2 22", "first.csv text/csv 1 1"],
            response.Data!["fileSummaries"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task A_file_larger_than_the_request_budget_is_accepted()
    {
        // GraphQL:Budgets:MaxRequestBytes (256 KiB) bounds the JSON of a request, not its files.
        var large = new UploadPart("large.csv", Encoding.UTF8.GetBytes(new string('x', 600 * 1024)), "variables.file");

        var response = await app.CreateGraphQLClient().PostFilesAsync(Summary, new { file = (object?)null }, large);

        Assert.Equal(200, response.StatusCode);
        Assert.StartsWith($"large.csv text/csv {600 * 1024} xxxx", response.Data!["fileSummary"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_larger_than_the_upload_limit_is_413()
    {
        var tooLarge = new UploadPart("huge.csv", new byte[UploadApp.MaxFileBytes + 1], "variables.file");

        var response = await app.CreateGraphQLClient().PostFilesAsync(Summary, new { file = (object?)null }, tooLarge);

        AssertRefused(response, 413, "UPLOAD_TOO_LARGE", "at most 1,048,576");
    }

    [Fact]
    public async Task Operations_larger_than_the_request_budget_are_413()
    {
        var padding = new string(' ', 300 * 1024);
        var response = await SendAsync(MultipartBody.Parts(("operations", Operations.Replace("{\"query\"", $"{{{padding}\"query\"", StringComparison.Ordinal)), ("map", Map), ("0", Csv)));

        AssertRefused(response, 413, "REQUEST_TOO_LARGE", "'operations'");
    }

    public static TheoryData<string, string, string> MalformedOperations => new()
    {
        { "map first", "map", Map },
        { "not JSON", "operations", "{\"query\": " },
        { "not an object", "operations", "\"{ skills { totalCount } }\"" },
        { "batched", "operations", $"[{Operations}]" },
    };

    [Theory]
    [MemberData(nameof(MalformedOperations))]
    public async Task Operations_that_are_missing_or_malformed_are_400(string why, string firstName, string firstValue)
    {
        var response = await SendAsync(MultipartBody.Parts((firstName, firstValue), ("map", Map), ("0", Csv)));

        AssertRefused(response, 400, "MULTIPART_OPERATIONS_INVALID", why == "batched" ? "Batched" : string.Empty);
    }

    [Fact]
    public async Task Operations_that_break_graphql_over_http_are_refused_as_a_json_body_is()
    {
        var response = await SendAsync(MultipartBody.Parts(("operations", """{"query": 42}"""), ("map", Map), ("0", Csv)));

        AssertRefused(response, 400, "INVALID_REQUEST", "'query' must be a string");
    }

    public static TheoryData<string, string> MalformedMaps => new()
    {
        { "a file where the map goes", "0" },
        { "not JSON", "{\"0\": " },
        { "not an object", """["variables.file"]""" },
        { "paths not a list", """{"0":"variables.file"}""" },
        { "no paths", """{"0":[]}""" },
        { "a path that is not text", """{"0":[1]}""" },
        { "outside the variables", """{"0":["query"]}""" },
        { "a variable the operations lack", """{"0":["variables.other"]}""" },
        { "a variable that is not null", """{"0":["variables.note"]}""" },
        { "past the end of a list", """{"0":["variables.file.0"]}""" },
    };

    [Theory]
    [MemberData(nameof(MalformedMaps))]
    public async Task A_map_that_is_missing_or_malformed_is_400(string why, string map)
    {
        var operations = """{"query":"query($file: Upload!, $note: String) { fileSummary(file: $file) }","variables":{"file":null,"note":"x"}}""";
        var body = why == "a file where the map goes"
            ? MultipartBody.Parts([("operations", operations)], [("0", Csv)])
            : MultipartBody.Parts(("operations", operations), ("map", map), ("0", Csv));

        var response = await SendAsync(body);

        AssertRefused(response, 400, "MULTIPART_MAP_INVALID", string.Empty);
    }

    [Fact]
    public async Task A_map_naming_a_file_the_request_lacks_is_400()
    {
        var response = await SendAsync(MultipartBody.Parts(("operations", Operations), ("map", """{"0":["variables.file"],"1":["variables.file"]}"""), ("0", Csv)));

        AssertRefused(response, 400, "MULTIPART_FILE_MISSING", "'1'");
    }

    [Fact]
    public async Task A_file_the_map_does_not_name_is_400()
    {
        var response = await SendAsync(MultipartBody.Parts(("operations", Operations), ("map", Map), ("0", Csv), ("extra", Csv)));

        AssertRefused(response, 400, "MULTIPART_FILE_NOT_MAPPED", "'extra'");
    }

    [Fact]
    public async Task More_files_than_allowed_are_400()
    {
        var map = """{"0":["variables.files.0"],"1":["variables.files.1"],"2":["variables.files.2"]}""";
        var operations = """{"query":"query($files: [Upload!]!) { fileSummaries(files: $files) }","variables":{"files":[null,null,null]}}""";

        var response = await SendAsync(MultipartBody.Parts(("operations", operations), ("map", map), ("0", Csv), ("1", Csv), ("2", Csv)));

        AssertRefused(response, 400, "MULTIPART_TOO_MANY_FILES", "at most 2");
    }

    [Fact]
    public async Task A_body_without_its_closing_boundary_is_400()
    {
        var text = "--b\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n" + Operations + "\r\n--b\r\nContent-Disposition: form-data; name=\"map\"\r\n\r\n" + Map;
        using var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        var response = await SendAsync(content);

        AssertRefused(response, 400, "MULTIPART_MALFORMED", string.Empty);
    }

    [Fact]
    public async Task A_multipart_content_type_without_a_boundary_is_400()
    {
        using var content = new StringContent(Operations, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");

        var response = await SendAsync(content);

        AssertRefused(response, 400, "MULTIPART_MALFORMED", "boundary");
    }

    [Fact]
    public async Task An_upload_variable_sent_as_json_is_a_variable_error()
    {
        var response = await app.CreateGraphQLClient().PostAsync(Summary, new { file = "mentors.csv" });

        Assert.Equal(400, response.StatusCode);
        Assert.Null(response.Data);
        Assert.Equal("INVALID_VALUE", response.FirstErrorCode);
        Assert.Contains("to 'Upload'", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_cannot_be_written_in_the_document()
    {
        var response = await app.CreateGraphQLClient().PostAsync("""{ fileSummary(file: "mentors.csv") }""");

        Assert.Equal(400, response.StatusCode);
        Assert.Null(response.Data);
    }

    [Theory]
    [InlineData("GraphQL-Preflight")]
    [InlineData("Apollo-Require-Preflight")]
    public async Task A_cross_site_multipart_request_runs_with_a_preflight_header(string header)
    {
        var response = await SendAsync(MultipartBody.Parts(("operations", Operations), ("map", Map), ("0", Csv)),
            ("Origin", "https://attacker.example"), ("Sec-Fetch-Site", "cross-site"), (header, "1"));

        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public async Task A_cross_site_multipart_request_without_a_preflight_header_is_403()
    {
        var response = await SendAsync(MultipartBody.Parts(("operations", Operations), ("map", Map), ("0", Csv)),
            ("Origin", "https://attacker.example"), ("Sec-Fetch-Site", "cross-site"));

        AssertRefused(response, 403, "CROSS_SITE_REQUEST_REJECTED", string.Empty);
    }

    [Theory]
    [InlineData(AllowedOriginApp.FrontEnd, "cross-site")]
    [InlineData(null, "same-origin")]
    public async Task A_multipart_request_from_this_or_an_allowed_origin_runs(string? origin, string site)
    {
        var own = app.CreateClient().BaseAddress!.GetLeftPart(UriPartial.Authority);

        var response = await SendAsync(MultipartBody.Parts(("operations", Operations), ("map", Map), ("0", Csv)),
            ("Origin", origin ?? own), ("Sec-Fetch-Site", site));

        Assert.Equal(200, response.StatusCode);
    }

    private static void AssertRefused(GraphQLResponse response, int status, string code, string inMessage)
    {
        Assert.True((status, code) == (response.StatusCode, response.FirstErrorCode), $"{response.StatusCode}: {response.Body?.ToJsonString()}");
        Assert.Null(response.Data);
        Assert.Contains(inMessage, response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<GraphQLResponse> SendAsync(HttpContent body, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = body };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var response = await app.CreateClient().SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }
}
