using System.Collections.Concurrent;
using System.Reflection;

namespace Network.Client;

/// <summary>The GraphQL name of a generated enum member, such as <c>ICT_DIGITAL</c> for <c>IctDigital</c>.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>Generated enums to and from their GraphQL names.</summary>
public static class EnumValues
{
    private static readonly ConcurrentDictionary<Type, (Dictionary<string, object> ByName, Dictionary<object, string> ByValue)> Maps = new();

    public static T Parse<T>(string name)
        where T : struct, Enum =>
        Map(typeof(T)).ByName.TryGetValue(name, out var value)
            ? (T)value
            : throw new FormatException($"'{name}' is not a value of {typeof(T).Name} this client knows.");

    public static string Format<T>(T value)
        where T : struct, Enum =>
        Map(typeof(T)).ByValue.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, null);

    private static (Dictionary<string, object> ByName, Dictionary<object, string> ByValue) Map(Type type) => Maps.GetOrAdd(type, static t =>
    {
        var byName = new Dictionary<string, object>(StringComparer.Ordinal);
        var byValue = new Dictionary<object, string>();
        foreach (var field in t.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var name = field.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? field.Name;
            var value = field.GetValue(null)!;
            byName[name] = value;
            byValue[value] = name;
        }

        return (byName, byValue);
    });
}
