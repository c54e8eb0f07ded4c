namespace Network.Client.Generator;

/// <summary>The scalars as one project's generated code maps them: its registrations over <see cref="ScalarType"/>'s table.</summary>
internal sealed class ScalarTable(IEnumerable<ScalarRegistration>? registrations = null)
{
    private readonly Dictionary<string, ScalarType> _custom = (registrations ?? []).ToDictionary(
        r => r.Name, r => ScalarType.Custom(r.Name, r.RuntimeType, r.Serializer), StringComparer.Ordinal);

    public ScalarType Of(string name) => _custom.TryGetValue(name, out var scalar) ? scalar : ScalarType.Of(name);
}
