namespace Network.Client.Generator;

/// <summary>A project's own scalar mapping: a C# type and the <c>IScalarSerializer</c> that reads and writes it.</summary>
/// <param name="Name">The scalar's GraphQL name, such as <c>Upload</c>.</param>
/// <param name="RuntimeType">The C# type of its values, fully qualified.</param>
/// <param name="Serializer">The serializer's type, fully qualified.</param>
internal sealed record ScalarRegistration(string Name, string RuntimeType, string Serializer)
{
    /// <summary>Reads <c>Name=RuntimeType,Serializer</c>, as the build passes a <c>GraphQLScalar</c> item.</summary>
    public static ScalarRegistration Parse(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var comma = TopLevelComma(text, equals + 1);
        if (equals <= 0 || comma < 0 || comma == text.Length - 1)
        {
            throw new ArgumentException($"--scalar takes Name=RuntimeType,Serializer, not '{text}'.");
        }

        return new(text[..equals].Trim(), text[(equals + 1)..comma].Trim(), text[(comma + 1)..].Trim());
    }

    /// <summary>The comma between the two types, not one between a generic type's arguments.</summary>
    private static int TopLevelComma(string text, int start)
    {
        var depth = 0;
        for (var i = Math.Max(start, 0); i < text.Length; i++)
        {
            depth += text[i] switch { '<' => 1, '>' => -1, _ => 0 };
            if (text[i] == ',' && depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
