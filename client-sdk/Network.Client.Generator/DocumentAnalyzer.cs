using GraphQLParser.AST;

namespace Network.Client.Generator;

/// <summary>
/// Walks operations against the schema, through inline fragments and fragment spreads, into the records their
/// results are read into: the fields of each, their types, and whether the answer may leave them out.
/// </summary>
internal sealed class DocumentAnalyzer(SchemaModel schema, IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments)
{
    private FragmentInterfaces? _interfaces;

    /// <summary>The fragments' interfaces; known once <see cref="Analyze"/> has run.</summary>
    public FragmentInterfaces Interfaces => _interfaces ?? throw new InvalidOperationException("Analyze first.");

    /// <summary>
    /// The operations' results, in the order given. First asks, in the document itself, for <c>__typename</c> wherever
    /// the type is abstract, so that the client can tell which record to build, and for <c>id</c> wherever the type has
    /// one, so that the client's store keeps each entity once; print the operations after this.
    /// </summary>
    public IReadOnlyList<OperationModel> Analyze(IReadOnlyList<GraphQLOperationDefinition> operations)
    {
        foreach (var fragment in fragments.Values)
        {
            AddKeys(fragment.SelectionSet, fragment.TypeCondition.Type.Name.StringValue);
        }

        foreach (var operation in operations)
        {
            AddKeys(operation.SelectionSet, RootType(operation));
        }

        _interfaces = new FragmentInterfaces(schema, fragments);
        return [.. operations.Select(Operation)];
    }

    /// <summary>Whether objects of the type are entities: it has an <c>id</c> of type <c>ID</c>.</summary>
    public static bool HasId(TypeModel type) =>
        type.Fields.TryGetValue("id", out var id) && SchemaModel.NamedType(id.Type) == "ID";

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

    private void AddKeys(GraphQLSelectionSet set, string typeName)
    {
        var type = schema[typeName];
        if (type.IsAbstract && !set.Selections.OfType<GraphQLField>().Any(f => f.Alias is null && f.Name.StringValue == "__typename"))
        {
            set.Selections.Insert(0, new GraphQLField(new GraphQLName("__typename")));
        }

        // An alias named id on another field leaves the object unkeyed rather than make the document invalid.
        if (HasId(type) && !set.Selections.OfType<GraphQLField>().Any(f => (f.Alias?.Name ?? f.Name).StringValue == "id"))
        {
            set.Selections.Insert(type.IsAbstract ? 1 : 0, new GraphQLField(new GraphQLName("id")));
        }

        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField { SelectionSet: { } child } field:
                    AddKeys(child, SchemaModel.NamedType(FieldType(type, field.Name.StringValue)));
                    break;
                case GraphQLInlineFragment inline:
                    AddKeys(inline.SelectionSet, inline.TypeCondition?.Type.Name.StringValue ?? typeName);
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
            var fields = CollectFields(sets, typeName, out var reached).Select(f => Field(prefix, type, f.Key, f.Value)).ToList();
            return new SelectionModel(recordName, type.Description, fields, null, typeName, Implemented(reached, fields));
        }

        // Fields selected the same way on every possible type go to the abstract record; the rest to each type's own.
        var concrete = SchemaModel.ConcreteTypes(type).ToList();
        var reachedBy = new Dictionary<string, List<FragmentInterface>>(StringComparer.Ordinal);
        var perType = concrete.ToDictionary(c => c, c =>
        {
            var fields = CollectFields(sets, c, out var reached);
            reachedBy[c] = reached;
            return fields;
        }, StringComparer.Ordinal);
        var first = perType[concrete[0]];
        var shared = first.Keys.Where(key => perType.Values.All(f => f.TryGetValue(key, out var other) && other.Nodes.SequenceEqual(first[key].Nodes))).ToList();
        var sharedFields = shared.Select(key => Field(prefix, schema[concrete[0]], key, first[key])).ToList();

        // An interface every possible type reaches goes on the abstract record when its fields are there; otherwise on each variant that has them.
        var common = Implemented([.. reachedBy[concrete[0]].Where(i => concrete.All(c => reachedBy[c].Contains(i)))], sharedFields);
        var variants = concrete.Select(name =>
        {
            var own = perType[name].Where(f => !shared.Contains(f.Key)).Select(f => Field($"{prefix}_{name}", schema[name], f.Key, f.Value)).ToList();
            var interfaces = Implemented([.. reachedBy[name].Except(common)], [.. sharedFields, .. own]);
            return new SelectionVariant(name, $"{recordName}_{name}", own, interfaces);
        }).ToList();
        return new SelectionModel(recordName, type.Description, sharedFields, variants, typeName, common);
    }

    /// <summary>The interfaces reached whose every member the record has, read alike (see <see cref="Reads"/>).</summary>
    private static List<FragmentInterface> Implemented(List<FragmentInterface> reached, IReadOnlyList<ResultField> fields) =>
        [.. reached.Distinct().Where(i => i.Members.All(m => fields.Any(f => Reads(f, m))))];

    /// <summary>
    /// Whether the record's field can stand for the interface's member: same key, same type, present whenever the
    /// member is, and for an object, a record that implements the member's interface.
    /// </summary>
    private static bool Reads(ResultField field, FragmentMember member) =>
        field.ResponseKey == member.ResponseKey && !field.Conditional && SchemaModel.Print(field.Type) == SchemaModel.Print(member.Type)
        && (member.Interface is null || field.Selection is { } selection && selection.Interfaces.Contains(member.Interface));

    private ResultField Field(string prefix, TypeModel parent, string key, CollectedField collected)
    {
        var nodes = collected.Nodes;
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
        var conditional = collected.Conditions.All(c => c.Length > 0);
        var type = conditional && fieldType is GraphQLNonNullType nonNull ? nonNull.Type : fieldType;
        return new ResultField(key, type, description, conditional, selection, fieldName, nodes[0].Arguments)
        {
            Condition = conditional ? string.Join('|', collected.Conditions.Distinct()) : null,
        };
    }

    /// <summary>The fields selected on an object of <paramref name="concrete"/>, by response key, in order, through fragments.</summary>
    /// <param name="sets">The selection sets.</param>
    /// <param name="concrete">The object type.</param>
    /// <param name="reached">The fragments' interfaces of the sets reached without a condition, which the record may implement.</param>
    private Dictionary<string, CollectedField> CollectFields(IEnumerable<GraphQLSelectionSet> sets, string concrete, out List<FragmentInterface> reached)
    {
        var fields = new Dictionary<string, CollectedField>(StringComparer.Ordinal);
        var interfaces = new List<FragmentInterface>();
        foreach (var set in sets)
        {
            Collect(set, string.Empty);
        }

        reached = interfaces;
        return fields;

        // condition: the @include and @skip met on the way, as "include:$a&skip:true"; empty when there were none.
        void Collect(GraphQLSelectionSet set, string condition)
        {
            if (condition.Length == 0)
            {
                interfaces.AddRange(Interfaces.Of(set));
            }

            foreach (var selection in set.Selections)
            {
                var under = Conditions(selection) is { Length: > 0 } own ? (condition.Length == 0 ? own : $"{condition}&{own}") : condition;
                switch (selection)
                {
                    case GraphQLField field:
                        var key = field.Alias?.Name.StringValue ?? field.Name.StringValue;
                        if (!fields.TryGetValue(key, out var collected))
                        {
                            fields[key] = collected = new CollectedField([], []);
                        }

                        collected.Nodes.Add(field);
                        collected.Conditions.Add(under);
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

    /// <summary>A selection's own @include and @skip, as <c>include:$a&amp;skip:true</c>; empty when it has none.</summary>
    private static string Conditions(ASTNode selection) =>
        selection is IHasDirectivesNode { Directives: { } directives }
            ? string.Join('&', directives.Items.Where(d => d.Name.StringValue is "include" or "skip").Select(d =>
                $"{d.Name.StringValue}:{d.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "if")?.Value switch
                {
                    GraphQLVariable variable => "$" + variable.Name.StringValue,
                    GraphQLBooleanValue value => value.BoolValue ? "true" : "false",
                    _ => "true",
                }}"))
            : string.Empty;

    /// <summary>Every selection of one response key, and the conditions each was selected under (empty for none).</summary>
    private sealed record CollectedField(List<GraphQLField> Nodes, List<string> Conditions);
}
