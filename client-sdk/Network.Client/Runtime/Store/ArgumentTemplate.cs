using System.Text.Json.Nodes;

namespace Network.Client;

/// <summary>
/// A field's arguments as written in the operation, with the values of its variables put in when a result is stored
/// or read: <c>pairings(first: $n)</c> with <c>n = 5</c> is stored under <c>pairings({"first":5})</c>.
/// </summary>
internal sealed class ArgumentTemplate(string template)
{
    private readonly JsonNode _template = JsonNode.Parse(template) ?? throw new ArgumentException("The arguments are null.", nameof(template));
    private readonly bool _constant = !template.Contains("\"$variable\"", StringComparison.Ordinal);
    private readonly string _text = template;

    public string Apply(OperationVariables variables) => _constant ? _text : Substitute(_template, variables)?.ToJsonString() ?? "null";

    /// <summary>The value with the variables put in; an argument or input field whose variable was not given, and has no default, is left out, as the server leaves it out.</summary>
    private static JsonNode? Substitute(JsonNode? node, OperationVariables variables) => Substitute(node, variables, out _);

    private static JsonNode? Substitute(JsonNode? node, OperationVariables variables, out bool given)
    {
        given = true;
        switch (node)
        {
            case JsonObject o when o.TryGetPropertyValue("$variable", out var name):
                if (variables.TryGet(name!.GetValue<string>(), out var value))
                {
                    return JsonNode.Parse(value.GetRawText());
                }

                given = o.TryGetPropertyValue("default", out var fallback);
                return fallback?.DeepClone();
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var (key, item) in o)
                {
                    var substituted = Substitute(item, variables, out var present);
                    if (present)
                    {
                        copy[key] = substituted;
                    }
                }

                return copy;
            case JsonArray a:
                return new JsonArray([.. a.Select(item => Substitute(item, variables))]);
            default:
                return node?.DeepClone();
        }
    }
}
