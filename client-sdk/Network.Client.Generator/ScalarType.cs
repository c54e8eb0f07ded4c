namespace Network.Client.Generator;

/// <summary>
/// A GraphQL scalar as generated code sees it: its C# type and how a value is read from and written to JSON.
/// The one table of them lives here, so that reading, writing, the schema and validation cannot disagree.
/// </summary>
/// <param name="Name">The scalar's GraphQL name.</param>
/// <param name="CsType">The C# type of its values, without nullability.</param>
/// <param name="IsValueType">Whether <paramref name="CsType"/> is a struct, which a nullable read has to know.</param>
/// <param name="IsBuiltIn">Defined by the GraphQL specification, so a schema has it without declaring it.</param>
/// <param name="Read">The expression reading a value from a <c>JsonElement</c> expression.</param>
/// <param name="Write">The statement writing a value (an expression) to <c>writer</c>.</param>
internal sealed record ScalarType(string Name, string CsType, bool IsValueType, bool IsBuiltIn, Func<string, string> Read, Func<string, string> Write)
{
    // The specification's scalars in its order, then those GraphQL.NET also knows by name.
    private static readonly ScalarType[] Table =
    [
        new("String", "string", IsValueType: false, IsBuiltIn: true, json => $"{json}.GetString()!", value => $"writer.WriteStringValue({value});"),
        new("Int", "int", IsValueType: true, IsBuiltIn: true, json => $"{json}.GetInt32()", value => $"writer.WriteNumberValue({value});"),
        new("Float", "double", IsValueType: true, IsBuiltIn: true, json => $"{json}.GetDouble()", value => $"writer.WriteNumberValue({value});"),
        new("Boolean", "bool", IsValueType: true, IsBuiltIn: true, json => $"{json}.GetBoolean()", value => $"writer.WriteBooleanValue({value});"),
        new("ID", "string", IsValueType: false, IsBuiltIn: true, json => $"{json}.GetString()!", value => $"writer.WriteStringValue({value});"),
        new("DateTime", "global::System.DateTimeOffset", IsValueType: true, IsBuiltIn: false, json => $"{json}.GetDateTimeOffset()", value => $"writer.WriteStringValue({value});"),
        new(
            "Date",
            "global::System.DateOnly",
            IsValueType: true,
            IsBuiltIn: false,
            json => $"global::System.DateOnly.ParseExact({json}.GetString()!, \"yyyy-MM-dd\", global::System.Globalization.CultureInfo.InvariantCulture)",
            value => $"writer.WriteStringValue({value}.ToString(\"yyyy-MM-dd\", global::System.Globalization.CultureInfo.InvariantCulture));"),
    ];

    private static readonly Dictionary<string, ScalarType> ByName = Table.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>The scalars every schema has.</summary>
    public static IEnumerable<ScalarType> BuiltIn => Table.Where(s => s.IsBuiltIn);

    /// <summary>Whether the table has <paramref name="name"/>; the schema's other scalars are passed through as raw JSON.</summary>
    public static bool IsKnown(string name) => ByName.ContainsKey(name);

    /// <summary>The scalar named <paramref name="name"/>; one the table does not know is kept as the JSON the server sent.</summary>
    public static ScalarType Of(string name) =>
        ByName.TryGetValue(name, out var scalar)
            ? scalar
            : new(name, "JsonElement", IsValueType: true, IsBuiltIn: false, json => $"{json}.Clone()", value => $"{value}.WriteTo(writer);");
}
