using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;

namespace Network.Server.GraphQL.DataLoading;

/// <summary>
/// What a field's selection asks of the rows it returns, read from the document: enough to load a to-one
/// relation in the same statement as its rows when the rows' selection names it. Fields behind fragments
/// are found too; a fragment that cannot be resolved counts as not selecting, and the relation is then
/// loaded by its data loader as before, so the answer never depends on this.
/// </summary>
public static class Selections
{
    private const int MaxFragmentDepth = 8;

    /// <summary>Whether the field's own selection (the rows of a list) names <paramref name="field"/>.</summary>
    public static bool Selects(this IResolveFieldContext context, string field) =>
        Names(context, context.FieldAst.SelectionSet, field, 0);

    /// <summary>Whether the nodes of a connection (<c>nodes</c>, or <c>edges { node }</c>) name <paramref name="field"/>.</summary>
    public static bool SelectsOnNodes(this IResolveFieldContext context, string field)
    {
        foreach (var nodes in Fields(context, context.FieldAst.SelectionSet, 0))
        {
            if (nodes.Name.Value.Span.SequenceEqual("nodes") && Names(context, nodes.SelectionSet, field, 0))
            {
                return true;
            }

            if (nodes.Name.Value.Span.SequenceEqual("edges")
                && Fields(context, nodes.SelectionSet, 0).Any(node => node.Name.Value.Span.SequenceEqual("node") && Names(context, node.SelectionSet, field, 0)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Names(IResolveFieldContext context, GraphQLSelectionSet? selections, string field, int depth) =>
        Fields(context, selections, depth).Any(f => f.Name.Value.Span.SequenceEqual(field));

    /// <summary>The fields of a selection set, with those of its inline fragments and fragment spreads.</summary>
    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? selections, int depth)
    {
        if (selections is null || depth > MaxFragmentDepth)
        {
            yield break;
        }

        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var inner in Fields(context, inline.SelectionSet, depth + 1))
                    {
                        yield return inner;
                    }

                    break;
                case GraphQLFragmentSpread spread when context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment:
                    foreach (var inner in Fields(context, fragment.SelectionSet, depth + 1))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }
}
