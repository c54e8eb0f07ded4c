using System.Text.Json;

namespace Network.Client.Tool.Introspection;

/// <summary>
/// The optional parts of introspection a server answers (schema description, <c>specifiedByURL</c>, <c>isOneOf</c>,
/// <c>isRepeatable</c>, deprecated arguments and input fields), learnt by asking about the introspection types
/// themselves first: a server refuses a query naming a field it lacks, and servers differ (GraphQL.NET 8 has no
/// <c>specifiedByURL</c>).
/// </summary>
internal sealed class IntrospectionFeatures(IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlySet<string>>> fields)
{
    /// <summary>Asks for the fields, and their arguments, of the introspection types the full query may use.</summary>
    public const string Query = """
        query IntrospectionFeatures {
          schema: __type(name: "__Schema") { ...Fields }
          type: __type(name: "__Type") { ...Fields }
          field: __type(name: "__Field") { ...Fields }
          inputValue: __type(name: "__InputValue") { ...Fields }
          directive: __type(name: "__Directive") { ...Fields }
        }

        fragment Fields on __Type { fields { name args { name } } }
        """;

    public bool SchemaDescription => Has("__Schema", "description");

    /// <summary>The name of the field holding a scalar's specification, if any: <c>specifiedByURL</c> in the specification, <c>specifiedByUrl</c> on older servers.</summary>
    public string? SpecifiedBy => Has("__Type", "specifiedByURL") ? "specifiedByURL" : Has("__Type", "specifiedByUrl") ? "specifiedByUrl" : null;

    public bool OneOf => Has("__Type", "isOneOf");

    public bool Repeatable => Has("__Directive", "isRepeatable");

    public bool InputValueDeprecation => Has("__InputValue", "isDeprecated");

    /// <summary>Whether a list field of the introspection types takes <c>includeDeprecated</c> (arguments and input fields may not).</summary>
    public bool IncludesDeprecated(string type, string field) =>
        fields.TryGetValue(type, out var typeFields) && typeFields.TryGetValue(field, out var arguments) && arguments.Contains("includeDeprecated");

    public static IntrospectionFeatures Read(JsonElement data)
    {
        var types = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlySet<string>>>(StringComparer.Ordinal);
        foreach (var (alias, name) in new[] { ("schema", "__Schema"), ("type", "__Type"), ("field", "__Field"), ("inputValue", "__InputValue"), ("directive", "__Directive") })
        {
            if (data.TryGetProperty(alias, out var type) && type.ValueKind == JsonValueKind.Object)
            {
                types[name] = type.GetProperty("fields").EnumerateArray().ToDictionary(
                    f => f.GetProperty("name").GetString()!,
                    f => (IReadOnlySet<string>)f.GetProperty("args").EnumerateArray().Select(a => a.GetProperty("name").GetString()!).ToHashSet(StringComparer.Ordinal),
                    StringComparer.Ordinal);
            }
        }

        return new IntrospectionFeatures(types);
    }

    private bool Has(string type, string field) => fields.TryGetValue(type, out var typeFields) && typeFields.ContainsKey(field);
}
