using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Network.Client.Tool.Introspection;

/// <summary>Downloads a schema by introspection over GraphQL over HTTP: which optional parts the server answers, then the full query.</summary>
internal sealed class IntrospectionClient(HttpClient http)
{
    public async Task<string> DownloadSdlAsync(Uri endpoint, string? token, CancellationToken cancellationToken)
    {
        var features = IntrospectionFeatures.Read(await PostAsync(endpoint, token, IntrospectionFeatures.Query, cancellationToken));
        var data = await PostAsync(endpoint, token, IntrospectionQuery.For(features), cancellationToken);
        return SdlPrinter.Print(data.GetProperty("__schema"));
    }

    private async Task<JsonElement> PostAsync(Uri endpoint, string? token, string query, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json;q=0.9");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new ToolException($"{endpoint} could not be reached: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ToolException($"{endpoint} did not answer within {http.Timeout.TotalSeconds:0} seconds.");
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            JsonElement result;
            try
            {
                result = JsonDocument.Parse(body).RootElement;
            }
            catch (JsonException)
            {
                throw new ToolException($"{endpoint} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase} without a GraphQL response.");
            }

            if (result.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
            {
                var messages = errors.EnumerateArray().Select(e => e.GetProperty("message").GetString());
                throw new ToolException($"{endpoint} refused the introspection query (HTTP {(int)response.StatusCode}): {string.Join(" ", messages)}");
            }

            return result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                ? data
                : throw new ToolException($"{endpoint} answered HTTP {(int)response.StatusCode} without data.");
        }
    }
}
