using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Network.Server.GraphQL;

/// <summary>Prints the schema as SDL: the text kept in <c>schema/schema.graphql</c> and served at <c>/graphql/schema.graphql</c>.</summary>
public static class SchemaExport
{
    public static string Print(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
}
