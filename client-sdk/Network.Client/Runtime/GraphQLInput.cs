using System.ComponentModel;
using System.Text.Json;

namespace Network.Client;

/// <summary>A generated input type, written as a GraphQL input object.</summary>
public interface IGraphQLInputObject
{
    /// <summary>Writes the object; fields left out (an <see cref="Optional{T}"/> without a value) are not sent, so that the server keeps or defaults them.</summary>
    void Write(Utf8JsonWriter writer);
}

/// <summary>Writing generated input types; used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GraphQLInput
{
    public static void Write(Utf8JsonWriter writer, IGraphQLInputObject input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Write(writer);
    }
}
