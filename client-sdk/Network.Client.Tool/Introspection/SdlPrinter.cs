using System.Text;
using System.Text.Json;

namespace Network.Client.Tool.Introspection;

/// <summary>
/// Writes the SDL of a schema from the answer to the introspection query (<c>data.__schema</c>): every type and
/// directive but the built-in ones, in name order, with descriptions, default values, deprecations, <c>@oneOf</c> and
/// <c>@specifiedBy</c>. Introspection shows no other directive applied (<c>@listSize</c>, <c>@cost</c>), so neither does this.
/// </summary>
internal static class SdlPrinter
{
    private static readonly HashSet<string> BuiltInScalars = new(["String", "Int", "Float", "Boolean", "ID"], StringComparer.Ordinal);

    // graphql-js leaves the directives of the specification out of a printed schema; GraphQL.NET knows them too.
    private static readonly HashSet<string> BuiltInDirectives = new(["skip", "include", "deprecated", "oneOf"], StringComparer.Ordinal);

    public static string Print(JsonElement schema)
    {
        var sdl = new StringBuilder();
        Description(sdl, schema, string.Empty);
        sdl.Append("schema {\n");
        foreach (var (root, operation) in new[] { ("queryType", "query"), ("mutationType", "mutation"), ("subscriptionType", "subscription") })
        {
            if (schema.TryGetProperty(root, out var type) && type.ValueKind == JsonValueKind.Object)
            {
                sdl.Append($"  {operation}: {type.GetProperty("name").GetString()}\n");
            }
        }

        sdl.Append("}\n");
        foreach (var directive in Sorted(schema.GetProperty("directives")).Where(d => !BuiltInDirectives.Contains(Name(d))))
        {
            sdl.Append('\n');
            Description(sdl, directive, string.Empty);
            sdl.Append($"directive @{Name(directive)}");
            Arguments(sdl, directive.GetProperty("args"), string.Empty);
            sdl.Append(Flag(directive, "isRepeatable") ? " repeatable" : string.Empty);
            sdl.Append($" on {string.Join(" | ", directive.GetProperty("locations").EnumerateArray().Select(l => l.GetString()))}\n");
        }

        foreach (var type in Sorted(schema.GetProperty("types")).Where(t => !Name(t).StartsWith("__", StringComparison.Ordinal) && !BuiltInScalars.Contains(Name(t))))
        {
            sdl.Append('\n');
            TypeDefinition(sdl, type);
        }

        return sdl.ToString();
    }

    private static void TypeDefinition(StringBuilder sdl, JsonElement type)
    {
        Description(sdl, type, string.Empty);
        var name = Name(type);
        switch (type.GetProperty("kind").GetString())
        {
            case "SCALAR":
                sdl.Append($"scalar {name}");
                if ((String(type, "specifiedByURL") ?? String(type, "specifiedByUrl")) is { } url)
                {
                    sdl.Append($" @specifiedBy(url: {SdlStrings.Quoted(url)})");
                }

                sdl.Append('\n');
                break;
            case "UNION":
                sdl.Append($"union {name} = {string.Join(" | ", type.GetProperty("possibleTypes").EnumerateArray().Select(Name))}\n");
                break;
            case "ENUM":
                sdl.Append($"enum {name} {{\n");
                foreach (var value in type.GetProperty("enumValues").EnumerateArray())
                {
                    Description(sdl, value, "  ");
                    sdl.Append($"  {Name(value)}{Deprecation(value)}\n");
                }

                sdl.Append("}\n");
                break;
            case "INPUT_OBJECT":
                sdl.Append($"input {name}{(Flag(type, "isOneOf") ? " @oneOf" : string.Empty)} {{\n");
                foreach (var field in type.GetProperty("inputFields").EnumerateArray())
                {
                    InputValue(sdl, field, "  ");
                    sdl.Append('\n');
                }

                sdl.Append("}\n");
                break;
            default:
                sdl.Append($"{(type.GetProperty("kind").GetString() == "INTERFACE" ? "interface" : "type")} {name}");
                if (type.TryGetProperty("interfaces", out var interfaces) && interfaces.ValueKind == JsonValueKind.Array && interfaces.GetArrayLength() > 0)
                {
                    sdl.Append($" implements {string.Join(" & ", interfaces.EnumerateArray().Select(Name))}");
                }

                sdl.Append(" {\n");
                foreach (var field in type.GetProperty("fields").EnumerateArray())
                {
                    Description(sdl, field, "  ");
                    sdl.Append($"  {Name(field)}");
                    Arguments(sdl, field.GetProperty("args"), "  ");
                    sdl.Append($": {TypeRef(field.GetProperty("type"))}{Deprecation(field)}\n");
                }

                sdl.Append("}\n");
                break;
        }
    }

    /// <summary>Arguments on one line, or one a line when any has a description, as graphql-js prints them.</summary>
    private static void Arguments(StringBuilder sdl, JsonElement arguments, string indent)
    {
        var list = arguments.EnumerateArray().ToList();
        if (list.Count == 0)
        {
            return;
        }

        if (list.All(a => String(a, "description") is null))
        {
            sdl.Append('(');
            for (var i = 0; i < list.Count; i++)
            {
                sdl.Append(i > 0 ? ", " : string.Empty);
                InputValue(sdl, list[i], string.Empty);
            }

            sdl.Append(')');
            return;
        }

        sdl.Append("(\n");
        foreach (var argument in list)
        {
            InputValue(sdl, argument, indent + "  ");
            sdl.Append('\n');
        }

        sdl.Append($"{indent})");
    }

    private static void InputValue(StringBuilder sdl, JsonElement value, string indent)
    {
        Description(sdl, value, indent);
        sdl.Append($"{indent}{Name(value)}: {TypeRef(value.GetProperty("type"))}");
        if (String(value, "defaultValue") is { } defaultValue)
        {
            sdl.Append($" = {defaultValue}");
        }

        sdl.Append(Deprecation(value));
    }

    private static string TypeRef(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => TypeRef(type.GetProperty("ofType")) + "!",
        "LIST" => $"[{TypeRef(type.GetProperty("ofType"))}]",
        _ => Name(type),
    };

    private static string Deprecation(JsonElement member) => !Flag(member, "isDeprecated") ? string.Empty
        : String(member, "deprecationReason") is { } reason && reason != "No longer supported" ? $" @deprecated(reason: {SdlStrings.Quoted(reason)})"
        : " @deprecated";

    private static void Description(StringBuilder sdl, JsonElement element, string indent)
    {
        if (String(element, "description") is { Length: > 0 } description)
        {
            sdl.Append(indent).Append(SdlStrings.Description(description, indent)).Append('\n');
        }
    }

    private static IEnumerable<JsonElement> Sorted(JsonElement list) => list.EnumerateArray().OrderBy(Name, StringComparer.Ordinal);

    private static string Name(JsonElement element) => element.GetProperty("name").GetString()!;

    private static bool Flag(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
