using System.ComponentModel;
using System.Text.Json;

namespace Network.Client;

/// <summary>A consumer's <see cref="IScalarSerializer{T}"/>, one instance each; used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ScalarSerializers
{
    public static T Read<TSerializer, T>(JsonElement json)
        where TSerializer : IScalarSerializer<T>, new() =>
        Instance<TSerializer>.Value.Parse(json);

    public static void Write<TSerializer, T>(Utf8JsonWriter writer, T value)
        where TSerializer : IScalarSerializer<T>, new() =>
        Instance<TSerializer>.Value.Write(writer, value);

    private static class Instance<TSerializer>
        where TSerializer : new()
    {
        public static readonly TSerializer Value = new();
    }
}
