using System.Text;
using GraphQL.Types;

namespace Network.Server.Tests.Fuzzing;

/// <summary>
/// One request of the fuzz test: a document for one root field, its variables, and who sends it (see
/// <see cref="FuzzCallers"/>). The number with the run's seed regenerates it; the body is as sent, which
/// may not be valid UTF-8 or JSON.
/// </summary>
public sealed record FuzzCase(int Number, string Operation, FieldType Field, string Caller, string Kind, string Document, byte[] Body)
{
    public bool IsMutation => Operation == "mutation";

    /// <summary>The case as a failure message shows it: the document, and the body when it is not too long to read.</summary>
    public override string ToString()
    {
        var body = Body.Length <= 2_000 ? Encoding.UTF8.GetString(Body) : $"{Encoding.UTF8.GetString(Body, 0, 1_000)}... ({Body.Length:#,0} bytes)";
        return $"case {Number}: {Operation} {Field.Name} as {Caller} ({Kind})\n    {body}";
    }
}
