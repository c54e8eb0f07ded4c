using GraphQL.Types;

namespace Network.Server.GraphQL.Filtering;

/// <summary>HotChocolate's names and shapes for combinator fields and list filters.</summary>
internal static class FilterTypeNames
{
    public static string List(string elementTypeName) =>
        elementTypeName.EndsWith("OperationFilterInput", StringComparison.Ordinal)
            ? $"List{elementTypeName}Type"
            : $"ListFilterInputTypeOf{elementTypeName}";

    public static void AddCombinators(InputObjectGraphType type, string typeName)
    {
        foreach (var combinator in new[] { "and", "or" })
        {
            type.AddField(new FieldType { Name = combinator, ResolvedType = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(typeName))) });
        }
    }

    public static IInputObjectGraphType CreateListType(string name, string elementTypeName)
    {
        var type = new InputObjectGraphType { Name = name };
        foreach (var operation in new[] { "all", "none", "some" })
        {
            type.AddField(new FieldType { Name = operation, ResolvedType = new GraphQLTypeReference(elementTypeName) });
        }

        type.AddField(new FieldType { Name = "any", ResolvedType = new BooleanGraphType() });
        return type;
    }
}
