using GraphQLParser.AST;

namespace Network.Client.Generator;

/// <summary>
/// The interfaces of the document's fragments, and of the objects selected within them, found by the selection sets they
/// come from: a record read from a set found here implements that set's interface.
/// </summary>
internal sealed class FragmentInterfaces
{
    private readonly SchemaModel _schema;
    private readonly IReadOnlyDictionary<string, GraphQLFragmentDefinition> _fragments;
    private readonly Dictionary<GraphQLSelectionSet, List<FragmentInterface>> _bySet = new(ReferenceEqualityComparer.Instance);
    private readonly List<FragmentInterface> _all = [];

    /// <summary>Builds every fragment's interface; run after <c>__typename</c> and <c>id</c> were added to the fragments.</summary>
    public FragmentInterfaces(SchemaModel schema, IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments)
    {
        _schema = schema;
        _fragments = fragments;
        foreach (var fragment in fragments.Values.OrderBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal))
        {
            Build($"I{Naming.Pascal(fragment.FragmentName.Name.StringValue)}", fragment.TypeCondition.Type.Name.StringValue, [fragment.SelectionSet]);
        }
    }

    /// <summary>Every interface, each after those of the objects within it.</summary>
    public IReadOnlyList<FragmentInterface> All => _all;

    /// <summary>The interfaces of a fragment's set, or of a set within fragments (one that spreads another belongs to both); none for any other set.</summary>
    public IReadOnlyList<FragmentInterface> Of(GraphQLSelectionSet set) => _bySet.TryGetValue(set, out var interfaces) ? interfaces : [];

    private FragmentInterface Build(string name, string typeName, List<GraphQLSelectionSet> sets)
    {
        var type = _schema[typeName];
        var members = new List<FragmentMember>();
        foreach (var (key, nodes) in Fields(sets, typeName))
        {
            var fieldName = nodes[0].Name.StringValue;
            var field = fieldName == "__typename" ? null : type.Fields[fieldName];
            var fieldType = field?.Type ?? new GraphQLNonNullType(new GraphQLNamedType(new GraphQLName("String")));
            var named = SchemaModel.NamedType(fieldType);
            var nested = _schema[named].IsComposite ? Build($"{name}_{Naming.Pascal(key)}", named, [.. nodes.Select(n => n.SelectionSet!)]) : null;
            members.Add(new FragmentMember(key, fieldType, fieldName == "__typename" ? "The GraphQL type of the value." : field?.Description, nested));
        }

        var model = new FragmentInterface(name, typeName, type.Description, members);
        foreach (var set in sets)
        {
            if (!_bySet.TryGetValue(set, out var interfaces))
            {
                _bySet[set] = interfaces = [];
            }

            interfaces.Add(model);
        }

        _all.Add(model);
        return model;
    }

    /// <summary>The fields every object of <paramref name="typeName"/> gets from the sets: through spreads and inline fragments on it, never conditionally.</summary>
    private List<(string Key, List<GraphQLField> Nodes)> Fields(List<GraphQLSelectionSet> sets, string typeName)
    {
        var fields = new List<(string Key, List<GraphQLField> Nodes)>();
        foreach (var set in sets)
        {
            Collect(set);
        }

        return fields;

        void Collect(GraphQLSelectionSet set)
        {
            foreach (var selection in set.Selections)
            {
                if (selection is IHasDirectivesNode { Directives: { } directives } && directives.Items.Any(d => d.Name.StringValue is "include" or "skip"))
                {
                    continue;
                }

                switch (selection)
                {
                    case GraphQLField field:
                        var key = field.Alias?.Name.StringValue ?? field.Name.StringValue;
                        var index = fields.FindIndex(f => f.Key == key);
                        if (index < 0)
                        {
                            fields.Add((key, [field]));
                        }
                        else
                        {
                            fields[index].Nodes.Add(field);
                        }

                        break;
                    case GraphQLInlineFragment inline when inline.TypeCondition is null || _schema.Applies(inline.TypeCondition.Type.Name.StringValue, typeName):
                        Collect(inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread when _fragments[spread.FragmentName.Name.StringValue] is var fragment
                        && _schema.Applies(fragment.TypeCondition.Type.Name.StringValue, typeName):
                        Collect(fragment.SelectionSet);
                        break;
                }
            }
        }
    }
}
