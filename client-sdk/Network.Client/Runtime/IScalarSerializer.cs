using System.Text.Json;

namespace Network.Client;

/// <summary>
/// Reads and writes a scalar's values as a type of the consumer's choosing. Registered for a scalar in the project,
/// <c>&lt;GraphQLScalar Include="Upload" RuntimeType="MyApp.UploadFile" Serializer="MyApp.UploadSerializer" /&gt;</c>,
/// it replaces the SDK's mapping in the code generated for that project; it needs a parameterless constructor, and one
/// instance serves every read and write.
/// </summary>
public interface IScalarSerializer<T>
{
    /// <summary>Reads a value that is not null.</summary>
    T Parse(JsonElement json);

    /// <summary>Writes a value that is not null.</summary>
    void Write(Utf8JsonWriter writer, T value);
}
