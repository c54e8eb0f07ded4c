using GraphQLParser.AST;

namespace Network.Client.Generator;

/// <summary>
/// Walks operations against the schema, through inline fragments and fragment spreads, into the records their
/// results are read into: the fields of each, their types, and whether the answer may leave them out.
/// </summary>
internal sealed class DocumentAnalyzer(SchemaModel schema, IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments)
{
    // Fields selected under @include or @skip (on the field or a fragment around it): they may be missing from the answer.
    private readonly HashSet<GraphQLField> _conditional = [];

    /// <summary>
    /// The operations' results, in the order given. First asks for <c>__typename</c> in the document itself wherever
    /// the type is abstract, so that the client can tell which record to build; print the operations after this.
    /// </summary>
    public IReadOnlyList<OperationModel> Analyze(IReadOnlyList<GraphQLOperationDefinition> operations)
    {
        foreach (var fragment in fragments.Values)
        {
            AddTypename(fragment.SelectionSet, fragment.TypeCondition.Type.Name.StringValue);
        }

        foreach (var operation in operations)
        {
            AddTypename(operation.SelectionSet, RootType(operation));
        }

        return [.. operations.Select(Operation)];
    }

    private OperationModel Operation(GraphQLOperationDefinition operation)
    {
        var name = operation.Name!.StringValue;
        return new OperationModel(operation, Selection($"{name}Result", name, RootType(operation), [operation.SelectionSet]));
    }

    private string RootType(GraphQLOperationDefinition operation) => operation.Operation switch
    {
        OperationType.Query => schema.QueryType,
        OperationType.Mutation => schema.MutationType!,
        _ => schema.SubscriptionType!,
    };

    private void AddTypename(GraphQLSelectionSet set, string typeName)
    {
        var type = schema[typeName];
        if (type.IsAbstract && !set.Selections.OfType<GraphQLField>().Any(f => f.Alias is null && f.Name.StringValue == "__typename"))
        {
            set.Selections.Insert(0, new GraphQLField(new GraphQLName("__typename")));
        }

        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField { SelectionSet: { } child } field:
                    AddTypename(child, SchemaModel.NamedType(FieldType(type, field.Name.StringValue)));
                    break;
                case GraphQLInlineFragment inline:
                    AddTypename(inline.SelectionSet, inline.TypeCondition?.Type.Name.StringValue ?? typeName);
                    break;
            }
        }
    }

    private static GraphQLType FieldType(TypeModel parent, string field) =>
        field == "__typename" ? new GraphQLNonNullType(new GraphQLNamedType(new GraphQLName("String"))) : parent.Fields[field].Type;

    /// <summary>The record (for an abstract type, the records) holding what the selection sets, merged, return.</summary>
    /// <param name="recordName">The record's name.</param>
    /// <param name="prefix">What the names of records nested in it start with.</param>
    /// <param name="typeName">The GraphQL type selected on.</param>
    /// <param name="sets">The selection sets of every selection of the field.</param>
    private SelectionModel Selection(string recordName, string prefix, string typeName, List<GraphQLSelectionSet> sets)
    {
        var type = schema[typeName];
        if (!type.IsAbstract)
        {
            var fields = CollectFields(sets, typeName).Select(f => Field(prefix, type, f.Key, f.Value)).ToList();
            return new SelectionModel(recordName, type.Description, fields, null);
        }

        // Fields selected the same way on every possible type go to the abstract record; the rest to each type's own.
        var concrete = SchemaModel.ConcreteTypes(type).ToList();
        var perType = concrete.ToDictionary(c => c, c => CollectFields(sets, c), StringComparer.Ordinal);
        var first = perType[concrete[0]];
        var shared = first.Keys.Where(key => perType.Values.All(f => f.TryGetValue(key, out var nodes) && nodes.SequenceEqual(first[key]))).ToList();
        var sharedFields = shared.Select(key => Field(prefix, schema[concrete[0]], key, first[key])).ToList();
        var variants = concrete.Select(name => new SelectionVariant(
            name,
            $"{recordName}_{name}",
            [.. perType[name].Where(f => !shared.Contains(f.Key)).Select(f => Field($"{prefix}_{name}", schema[name], f.Key, f.Value))])).ToList();
        return new SelectionModel(recordName, type.Description, sharedFields, variants);
    }

    private ResultField Field(string prefix, TypeModel parent, string key, List<GraphQLField> nodes)
    {
        var fieldName = nodes[0].Name.StringValue;
        var fieldType = FieldType(parent, fieldName);
        var named = SchemaModel.NamedType(fieldType);
        SelectionModel? selection = null;
        if (schema[named].IsComposite)
        {
            var nested = $"{prefix}_{Naming.Pascal(key)}";
            selection = Selection(nested, nested, named, [.. nodes.Select(n => n.SelectionSet!)]);
        }

        var description = fieldName == "__typename" ? "The GraphQL type of the value." : parent.Fields.GetValueOrDefault(fieldName)?.Description;
        var conditional = nodes.All(_conditional.Contains);
        var type = conditional && fieldType is GraphQLNonNullType nonNull ? nonNull.Type : fieldType;
        return new ResultField(key, type, description, conditional, selection);
    }

    /// <summary>The fields selected on an object of <paramref name="concrete"/>, by response key, in order, through fragments.</summary>
    private Dictionary<string, List<GraphQLField>> CollectFields(IEnumerable<GraphQLSelectionSet> sets, string concrete)
    {
        var fields = new Dictionary<string, List<GraphQLField>>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            Collect(set, conditional: false);
        }

        return fields;

        void Collect(GraphQLSelectionSet set, bool conditional)
        {
            foreach (var selection in set.Selections)
            {
                var under = conditional || IsConditional(selection);
                switch (selection)
                {
                    case GraphQLField field:
                        var key = field.Alias?.Name.StringValue ?? field.Name.StringValue;
                        if (!fields.TryGetValue(key, out var list))
                        {
                            fields[key] = list = [];
                        }

                        list.Add(field);
                        if (under)
                        {
                            _conditional.Add(field);
                        }

                        break;
                    case GraphQLInlineFragment inline when inline.TypeCondition is null || schema.Applies(inline.TypeCondition.Type.Name.StringValue, concrete):
                        Collect(inline.SelectionSet, under);
                        break;
                    case GraphQLFragmentSpread spread when fragments[spread.FragmentName.Name.StringValue] is var fragment
                        && schema.Applies(fragment.TypeCondition.Type.Name.StringValue, concrete):
                        Collect(fragment.SelectionSet, under);
                        break;
                }
            }
        }
    }

    private static bool IsConditional(ASTNode selection) =>
        selection is IHasDirectivesNode { Directives: { } directives } && directives.Items.Any(d => d.Name.StringValue is "include" or "skip");
}
