namespace Network.Client.Generator;

/// <summary>
/// A GraphQL scalar as generated code sees it: its C# type and how a value is read from and written to JSON.
/// The one table of them lives here, so that reading, writing, the schema and validation cannot disagree;
/// <see cref="ScalarTable"/> lays a project's own registrations over it.
/// </summary>
/// <param name="Name">The scalar's GraphQL name.</param>
/// <param name="CsType">The C# type of its values, without nullability.</param>
/// <param name="IsValueType">
/// Whether <paramref name="CsType"/> is a struct, which a nullable read has to know; null for a consumer's type, which the
/// generator cannot look at, read so that either works.
/// </param>
/// <param name="IsBuiltIn">Defined by the GraphQL specification, so a schema has it without declaring it.</param>
/// <param name="Read">The expression reading a value from a <c>JsonElement</c> expression.</param>
/// <param name="Write">The statement writing a value (an expression) to <c>writer</c>.</param>
internal sealed record ScalarType(string Name, string CsType, bool? IsValueType, bool IsBuiltIn, Func<string, string> Read, Func<string, string> Write)
{
    // The specification's scalars in its order, then those GraphQL.NET also knows by name, then the GeoJSON ones.
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
        new("Position", $"{Runtime.Namespace}.GeoPosition", IsValueType: true, IsBuiltIn: false, json => $"{Runtime.Namespace}.GeoPosition.Parse({json})", value => $"{value}.Write(writer);"),
        new("Coordinates", $"{Runtime.Namespace}.GeoCoordinates", IsValueType: false, IsBuiltIn: false, json => $"{Runtime.Namespace}.GeoCoordinates.Parse({json})", value => $"{value}.Write(writer);"),
    ];

    private static readonly Dictionary<string, ScalarType> ByName = Table.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>The scalars every schema has.</summary>
    public static IEnumerable<ScalarType> BuiltIn => Table.Where(s => s.IsBuiltIn);

    /// <summary>Whether GraphQL.NET validates <paramref name="name"/> by its own rules; the schema's other scalars accept any value there.</summary>
    public static bool IsKnownToGraphQLNet(string name) => name is "DateTime" or "Date" || (ByName.TryGetValue(name, out var scalar) && scalar.IsBuiltIn);

    /// <summary>The scalar named <paramref name="name"/>; one the table does not know is kept as the JSON the server sent.</summary>
    public static ScalarType Of(string name) =>
        ByName.TryGetValue(name, out var scalar)
            ? scalar
            : new(name, "JsonElement", IsValueType: true, IsBuiltIn: false, json => $"{json}.Clone()", value => $"{value}.WriteTo(writer);");

    /// <summary>A consumer's scalar: values of <paramref name="csType"/>, read and written by its <paramref name="serializer"/> (an <c>IScalarSerializer</c>).</summary>
    public static ScalarType Custom(string name, string csType, string serializer) => new(
        name,
        csType,
        IsValueType: null,
        IsBuiltIn: ByName.TryGetValue(name, out var known) && known.IsBuiltIn,
        json => $"{Runtime.Namespace}.ScalarSerializers.Read<{serializer}, {csType}>({json})",
        value => $"{Runtime.Namespace}.ScalarSerializers.Write<{serializer}, {csType}>(writer, {value});");
}
