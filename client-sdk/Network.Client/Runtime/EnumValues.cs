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
    private static readonly ConcurrentDictionary<Type, EnumMap> Maps = new();

    /// <summary>The member named <paramref name="name"/>; for a name this client does not know, its unknown member (<c>_Unknown</c>).</summary>
    public static T Parse<T>(string name)
        where T : struct, Enum
    {
        var map = Map(typeof(T));
        return map.ByName.TryGetValue(name, out var value) ? (T)value
            : map.Unknown is { } unknown ? (T)unknown
            : throw new FormatException($"'{name}' is not a value of {typeof(T).Name} this client knows.");
    }

    public static string Format<T>(T value)
        where T : struct, Enum
    {
        var map = Map(typeof(T));
        return map.ByValue.TryGetValue(value, out var name) ? name
            : Equals(map.Unknown, value) ? throw new ArgumentException($"{typeof(T).Name}.{value} stands for a value this client does not know, and cannot be sent.", nameof(value))
            : throw new ArgumentOutOfRangeException(nameof(value), value, null);
    }

    private static EnumMap Map(Type type) => Maps.GetOrAdd(type, static t =>
    {
        var map = new EnumMap();
        foreach (var field in t.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = field.GetValue(null)!;
            if (field.IsDefined(typeof(GraphQLUnknownValueAttribute)))
            {
                map.Unknown = value;
                continue;
            }

            var name = field.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? field.Name;
            map.ByName[name] = value;
            map.ByValue[value] = name;
        }

        return map;
    });

    private sealed class EnumMap
    {
        public Dictionary<string, object> ByName { get; } = new(StringComparer.Ordinal);

        public Dictionary<object, string> ByValue { get; } = [];

        public object? Unknown { get; set; }
    }
}
