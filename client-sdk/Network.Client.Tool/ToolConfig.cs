using System.Text.Json;

namespace Network.Client.Tool;

/// <summary>
/// <c>.network-client.json</c> in a consumer project: where <c>update</c> downloads the schema from and where the
/// copy lives, relative to the project.
/// </summary>
internal sealed record ToolConfig(Uri Url, string Schema)
{
    public const string FileName = ".network-client.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static ToolConfig Load(string project)
    {
        var path = Path.Combine(project, FileName);
        if (!File.Exists(path))
        {
            throw new ToolException($"{FileName} was not found in {project}; run `network-client init <url>` first.");
        }

        try
        {
            return JsonSerializer.Deserialize<ToolConfig>(File.ReadAllText(path), Json) is { Url: not null, Schema.Length: > 0 } config
                ? config
                : throw new ToolException("needs \"url\" and \"schema\".", path);
        }
        catch (JsonException e)
        {
            throw new ToolException($"is not valid JSON: {e.Message}", path);
        }
    }

    public void Save(string project) => File.WriteAllText(Path.Combine(project, FileName), JsonSerializer.Serialize(this, Json) + "\n");
}
