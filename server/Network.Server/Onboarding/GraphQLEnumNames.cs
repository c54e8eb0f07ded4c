using GraphQL;

namespace Network.Server.Onboarding;

/// <summary>The values of an enum by the names the schema gives them (<c>IN_PERSON</c>), as files write them.</summary>
internal static class GraphQLEnumNames<T>
    where T : struct, Enum
{
    private static readonly Dictionary<string, T> Values =
        Enum.GetValues<T>().ToDictionary(value => value.ToString().ToConstantCase(), StringComparer.OrdinalIgnoreCase);

    public static string List { get; } = string.Join(", ", Values.Keys);

    public static bool TryParse(string name, out T value) => Values.TryGetValue(name, out value);
}
