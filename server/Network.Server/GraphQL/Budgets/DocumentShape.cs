using GraphQLParser.AST;

namespace Network.Server.GraphQL.Budgets;

/// <summary>
/// What the whole document contains as written, fragments not expanded: aliases, selections,
/// fragment definitions and introspection fields. One pass; its recursion is bounded by the parser's depth limit.
/// </summary>
internal sealed class DocumentShape
{
    private DocumentShape()
    {
    }

    public int Aliases { get; private set; }

    public int Selections { get; private set; }

    public int Fragments { get; private set; }

    /// <summary>The alias that went over <see cref="RequestBudgetOptions.MaxAliases"/>, to point at in the error.</summary>
    public GraphQLAlias? FirstAliasOver { get; private set; }

    /// <summary>The first <c>__schema</c> or <c>__type</c> field, if any.</summary>
    public GraphQLField? Introspection { get; private set; }

    public static DocumentShape Measure(GraphQLDocument document, int maxAliases)
    {
        var shape = new DocumentShape();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    shape.Visit(operation.SelectionSet, maxAliases);
                    break;
                case GraphQLFragmentDefinition fragment:
                    shape.Fragments++;
                    shape.Visit(fragment.SelectionSet, maxAliases);
                    break;
            }
        }

        return shape;
    }

    private void Visit(GraphQLSelectionSet selectionSet, int maxAliases)
    {
        foreach (var selection in selectionSet.Selections)
        {
            Selections++;
            switch (selection)
            {
                case GraphQLField field:
                    if (field.Alias is { } alias && ++Aliases == maxAliases + 1)
                    {
                        FirstAliasOver = alias;
                    }

                    if (Introspection is null && (field.Name == "__schema" || field.Name == "__type"))
                    {
                        Introspection = field;
                    }

                    if (field.SelectionSet is { } children)
                    {
                        Visit(children, maxAliases);
                    }

                    break;
                case GraphQLInlineFragment inline:
                    Visit(inline.SelectionSet, maxAliases);
                    break;
            }
        }
    }
}
