using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Network.Server.Tests.Infrastructure;

/// <summary>Bodies in the GraphQL multipart request specification: <c>operations</c>, <c>map</c>, then the files, named 0, 1, ….</summary>
public static class MultipartBody
{
    /// <summary>The request as a client such as Apollo's upload link sends it: the files' variables null in <c>operations</c>.</summary>
    public static MultipartFormDataContent For(string query, object? variables, params UploadPart[] files)
    {
        var operations = JsonSerializer.Serialize(new { query, variables });
        var map = JsonSerializer.Serialize(files.Select((file, i) => (Key: i.ToString(System.Globalization.CultureInfo.InvariantCulture), file.Paths)).ToDictionary(f => f.Key, f => f.Paths));
        return Parts(("operations", operations), ("map", map), [.. files.Select((file, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), file))]);
    }

    /// <summary>A body made of exactly these text parts and files, in this order, right or wrong.</summary>
    public static MultipartFormDataContent Parts(IEnumerable<(string Name, string Value)> fields, IEnumerable<(string Name, UploadPart File)> files)
    {
        var body = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            body.Add(new StringContent(value, Encoding.UTF8), name);
        }

        foreach (var (name, file) in files)
        {
            var content = new ByteArrayContent(file.Content);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            body.Add(content, name, file.FileName);
        }

        return body;
    }

    public static MultipartFormDataContent Parts((string Name, string Value) first, (string Name, string Value) second, params (string Name, UploadPart File)[] files) =>
        Parts([first, second], files);
}
