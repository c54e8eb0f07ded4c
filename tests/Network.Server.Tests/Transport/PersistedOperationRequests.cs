using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Transport;

/// <summary>Raw GraphQL-over-HTTP requests whose parameters are given as they would be on the wire, sent as an administrator.</summary>
public static class PersistedOperationRequests
{
    public static async Task<GraphQLResponse> PostAsync(this NetworkApp app, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await app.CreateGraphQLClient().Http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    /// <summary>GET with the given query-string parameters, each escaped.</summary>
    public static async Task<GraphQLResponse> GetAsync(this NetworkApp app, params (string Name, string Value)[] parameters)
    {
        var query = string.Join('&', parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?{query}");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await app.CreateGraphQLClient().Http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }
}
