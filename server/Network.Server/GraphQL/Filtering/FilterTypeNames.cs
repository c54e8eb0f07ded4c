using GraphQL.Types;

namespace Network.Server.GraphQL.Filtering;

/// <summary>HotChocolate's names and shapes for combinator fields and list filters.</summary>
internal static class FilterTypeNames
{
    /// <summary>
    /// <c>ListStringOperationFilterInput</c> for a list of scalars or enums, <c>ListFilterInputTypeOfXFilterInput</c>
    /// for a list of objects, as HotChocolate names its <c>ListFilterInputType&lt;T&gt;</c>.
    /// </summary>
    public static string List(string elementTypeName) =>
        elementTypeName.EndsWith("OperationFilterInput", StringComparison.Ordinal)
            ? $"List{elementTypeName}"
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
