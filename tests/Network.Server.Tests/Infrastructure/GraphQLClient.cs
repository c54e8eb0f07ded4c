using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Network.Server.Tests.Infrastructure;

/// <summary>Sends GraphQL requests over HTTP and returns the response as JSON.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.ParseAdd(accept);
        using var response = await Http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    /// <summary>Posts a multipart request carrying <paramref name="files"/> (GraphQL multipart request specification).</summary>
    public async Task<GraphQLResponse> PostFilesAsync(string query, object? variables, params UploadPart[] files)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = MultipartBody.For(query, variables, files) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await Http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    /// <summary>Posts and fails the test if the response has errors; returns <c>data</c>.</summary>
    public async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Errors is null, $"Unexpected errors: {response.Errors?.ToJsonString()}");
        return response.Data!;
    }
}
