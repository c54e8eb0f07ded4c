using System.Security.Cryptography;
using System.Text;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace Network.Client.Generator;

/// <summary>
/// Prints an operation as the client sends it, with every fragment it uses, and hashes the text: the server
/// finds a persisted operation by that hash, so the printing must not vary between runs.
/// </summary>
internal sealed class OperationPrinter(IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments)
{
    public PersistedDocument Print(GraphQLOperationDefinition operation)
    {
        var used = new List<GraphQLFragmentDefinition>();
        CollectFragments(operation.SelectionSet, used);
        var document = new GraphQLDocument([operation, .. used.OrderBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)]);
        var writer = new StringWriter();
        new SDLPrinter(new SDLPrinterOptions { PrintComments = false }).PrintAsync(document, writer).AsTask().GetAwaiter().GetResult();
        var text = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        return new PersistedDocument(operation.Name!.StringValue, Hash(text), text);
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private void CollectFragments(GraphQLSelectionSet set, List<GraphQLFragmentDefinition> used)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField { SelectionSet: { } child }:
                    CollectFragments(child, used);
                    break;
                case GraphQLInlineFragment inline:
                    CollectFragments(inline.SelectionSet, used);
                    break;
                case GraphQLFragmentSpread spread when fragments[spread.FragmentName.Name.StringValue] is var fragment && !used.Contains(fragment):
                    used.Add(fragment);
                    CollectFragments(fragment.SelectionSet, used);
                    break;
            }
        }
    }
}
