using GraphQLParser;
using GraphQLParser.AST;

namespace Network.Client.Tool.Compatibility;

/// <summary>A schema's SDL indexed by name: its types, its directive definitions and its root operation types.</summary>
internal sealed class SchemaDefinitions
{
    public Dictionary<string, GraphQLTypeDefinition> Types { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, GraphQLDirectiveDefinition> Directives { get; } = new(StringComparer.Ordinal);

    public Dictionary<OperationType, string> Roots { get; } = new()
    {
        [OperationType.Query] = "Query",
        [OperationType.Mutation] = "Mutation",
        [OperationType.Subscription] = "Subscription",
    };

    public static SchemaDefinitions Parse(string sdl)
    {
        var schema = new SchemaDefinitions();
        foreach (var definition in Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.Comments }).Definitions)
        {
            switch (definition)
            {
                case GraphQLSchemaDefinition root:
                    foreach (var operation in root.OperationTypes)
                    {
                        schema.Roots[operation.Operation] = operation.Type!.Name.StringValue;
                    }

                    break;
                case GraphQLDirectiveDefinition directive:
                    schema.Directives[directive.Name.StringValue] = directive;
                    break;
                case GraphQLTypeDefinition type:
                    schema.Types[type.Name.StringValue] = type;
                    break;
            }
        }

        // A default root name counts only when the type exists.
        foreach (var operation in schema.Roots.Where(r => !schema.Types.ContainsKey(r.Value)).Select(r => r.Key).ToList())
        {
            schema.Roots.Remove(operation);
        }

        return schema;
    }

    /// <summary>The introspection kind a definition declares, as messages name it.</summary>
    public static string Kind(GraphQLTypeDefinition type) => type switch
    {
        GraphQLScalarTypeDefinition => "SCALAR",
        GraphQLObjectTypeDefinition => "OBJECT",
        GraphQLInterfaceTypeDefinition => "INTERFACE",
        GraphQLUnionTypeDefinition => "UNION",
        GraphQLEnumTypeDefinition => "ENUM",
        _ => "INPUT_OBJECT",
    };
}
