using System.Globalization;
using System.Numerics;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Network.Server.GraphQL.Budgets;

/// <summary>
/// Walks the operation that is about to run, fragments expanded, and measures how deep its fields
/// nest, how deep fragment spreads nest, its cost and the page size asked of each connection. Values
/// come from literals, the request's variables as sent, or the variables' defaults.
/// </summary>
/// <remarks>
/// Cost: the type cost of the IBM GraphQL cost specification with its default weights, computed from the
/// schema's <c>@listSize</c> directives as any client can: every field that returns an object (or an
/// interface or union) counts 1, leaves count nothing, and a list counts its items times what each
/// holds. A list's size is the largest slicing argument given (<c>first</c>/<c>last</c>), else its
/// <c>slicingArgumentDefaultValue</c>, else its <c>assumedSize</c>; a connection's applies to its <c>edges</c> and <c>nodes</c>. A list without
/// <c>@listSize</c> (introspection's) counts <see cref="RequestBudgetOptions.AssumedListSize"/> items. A
/// fragment is measured once per list size it is spread under, so the walk stays linear in the size of
/// the document however often fragments are spread.
/// </remarks>
internal sealed class OperationCost
{
    /// <summary>Costs are not counted past this; the figure is only reported.</summary>
    public const double Ceiling = 1e15;

    private readonly ISchema _schema;
    private readonly GraphQLOperationDefinition _operation;
    private readonly Inputs _variables;
    private readonly RequestBudgetOptions _budgets;
    private readonly Dictionary<(GraphQLFragmentDefinition Fragment, SizedFields? Sized), Tally> _fragments = [];
    private readonly HashSet<GraphQLFragmentDefinition> _expanding = [];
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragmentsByName = [];

    private OperationCost(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs variables, RequestBudgetOptions budgets)
    {
        _schema = schema;
        _operation = operation;
        _variables = variables;
        _budgets = budgets;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragmentsByName.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    public double Cost { get; private set; }

    /// <summary>
    /// Fields selected once fragments are expanded, lists not multiplied: what validation and execution
    /// walk. Leaves cost nothing, so this is what bounds a document of many leaves spread through fragments.
    /// </summary>
    public double Selections { get; private set; }

    /// <summary>Levels of nested fields; a selection of leaf fields only is 1.</summary>
    public int Depth { get; private set; }

    /// <summary>How deep fragment spreads nest inside fragments (1 for a spread of a fragment that spreads none).</summary>
    public int FragmentNesting { get; private set; }

    /// <summary>The spread that went over the nesting limit; the walk does not expand past it.</summary>
    public GraphQLFragmentSpread? FragmentNestingOver { get; private set; }

    /// <summary>The first <c>first</c> or <c>last</c> outside 0 to <see cref="RequestBudgetOptions.MaxPageSize"/>.</summary>
    public PageSizeViolation? PageSizeOutOfRange { get; private set; }

    public static OperationCost Analyze(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs variables, RequestBudgetOptions budgets)
    {
        var cost = new OperationCost(schema, document, operation, variables, budgets);
        var root = operation.Operation switch
        {
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => schema.Query,
        };
        var measure = cost.SelectionSet(operation.SelectionSet, root, sized: null, nesting: 0);
        cost.Cost = measure.Cost;
        cost.Selections = measure.Selections;
        cost.Depth = measure.Depth;
        cost.FragmentNesting = measure.Nesting;
        return cost;
    }

    private Tally SelectionSet(GraphQLSelectionSet selectionSet, IGraphType? parent, SizedFields? sized, int nesting)
    {
        var total = default(Tally);
        foreach (var selection in selectionSet.Selections)
        {
            var measure = selection switch
            {
                GraphQLField field => Field(field, parent, sized, nesting),
                GraphQLInlineFragment inline => SelectionSet(
                    inline.SelectionSet, inline.TypeCondition is { } condition ? Type(condition) : parent, sized, nesting),
                GraphQLFragmentSpread spread => Spread(spread, sized, nesting),
                _ => default,
            };
            total = new Tally(
                Math.Min(total.Cost + measure.Cost, Ceiling), Math.Max(total.Depth, measure.Depth), Math.Max(total.Nesting, measure.Nesting),
                Math.Min(total.Selections + measure.Selections, Ceiling));
        }

        return total;
    }

    private Tally Spread(GraphQLFragmentSpread spread, SizedFields? sized, int nesting)
    {
        // Unknown fragments and cycles are left to GraphQL's own rules, which name them.
        if (!_fragmentsByName.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) || _expanding.Contains(fragment))
        {
            return default;
        }

        if (nesting + 1 > _budgets.MaxDepth)
        {
            FragmentNestingOver ??= spread;
            return new Tally(0, 0, 1, 0);
        }

        if (!_fragments.TryGetValue((fragment, sized), out var measure))
        {
            _expanding.Add(fragment);
            measure = SelectionSet(fragment.SelectionSet, Type(fragment.TypeCondition), sized, nesting + 1);
            _expanding.Remove(fragment);
            _fragments[(fragment, sized)] = measure;
        }

        return measure with { Nesting = measure.Nesting + 1 };
    }

    private Tally Field(GraphQLField field, IGraphType? parent, SizedFields? sized, int nesting)
    {
        var definition = Definition(field, parent);
        if (field.SelectionSet is null)
        {
            return new Tally(0, 1, 0, 1);
        }

        var listSize = definition is null ? null : ListSize.OfInitialized(definition);
        var size = listSize is null ? null : Size(field, definition!, listSize);
        var type = Unwrap(definition?.ResolvedType);
        double items = 1;
        SizedFields? childSized = null;
        if (listSize is { SizedFields.Count: > 0 })
        {
            childSized = new SizedFields(size ?? _budgets.AssumedListSize, listSize.SizedFields);
        }
        else if (type is ListGraphType list)
        {
            items = size ?? (sized is { } parentSized && parentSized.Contains(field.Name.StringValue) ? parentSized.Size : _budgets.AssumedListSize);
            for (var inner = Unwrap(list.ResolvedType); inner is ListGraphType nested; inner = Unwrap(nested.ResolvedType))
            {
                items *= _budgets.AssumedListSize;
            }
        }

        var children = SelectionSet(field.SelectionSet, type?.GetNamedType(), childSized, nesting);
        return new Tally(Math.Min(items * (1 + children.Cost), Ceiling), children.Depth + 1, children.Nesting, Math.Min(1 + children.Selections, Ceiling));
    }

    /// <summary>
    /// The list size <paramref name="listSize"/> gives this use of the field: the largest slicing argument
    /// given, else the slicing arguments' default, else the assumed size. A connection's <c>first</c> or <c>last</c> outside the allowed page
    /// sizes is recorded, and counts as the largest page.
    /// </summary>
    private double? Size(GraphQLField field, FieldType definition, ListSize listSize)
    {
        double? largest = null;
        foreach (var name in listSize.SlicingArguments)
        {
            if (Number(Argument(field, name)) is not { } value)
            {
                continue;
            }

            if (IsPaged(definition) && (value < 0 || value > _budgets.MaxPageSize))
            {
                PageSizeOutOfRange ??= new PageSizeViolation(name, value, Argument(field, name)!);
                value = Math.Clamp(value, 0, _budgets.MaxPageSize);
            }

            largest = Math.Max(largest ?? 0, value);
        }

        return largest ?? listSize.Unsliced;
    }

    /// <summary>A connection or paged list: the field takes both <c>first</c> and <c>last</c>, at most <see cref="RequestBudgetOptions.MaxPageSize"/>.</summary>
    private static bool IsPaged(FieldType definition) =>
        definition.Arguments?.Find("first") is not null && definition.Arguments.Find("last") is not null;

    private static GraphQLArgument? Argument(GraphQLField field, string name)
    {
        // A loop, not FirstOrDefault: this runs for every sized field of every request.
        foreach (var argument in field.Arguments?.Items ?? [])
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    private double? Number(GraphQLArgument? argument) => argument?.Value switch
    {
        GraphQLIntValue literal => double.TryParse(literal.Value.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null,
        GraphQLVariable variable => Variable(variable) is (true, var value) ? Number(value) : null,
        _ => null,
    };

    private static double? Number(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        decimal m => (double)m,
        BigInteger b => (double)b,
        IConvertible convertible and not string and not bool => convertible.ToDouble(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>The variable's value as sent, else its default; (false, null) when it has neither.</summary>
    private (bool Found, object? Value) Variable(GraphQLVariable variable)
    {
        var name = variable.Name.StringValue;
        if (_variables.TryGetValue(name, out var sent))
        {
            return (true, sent);
        }

        var declared = _operation.Variables?.Items.FirstOrDefault(v => v.Variable.Name == name)?.DefaultValue;
        return declared switch
        {
            null => (false, null),
            GraphQLNullValue => (true, null),
            GraphQLIntValue literal => (true, double.TryParse(literal.Value.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null),
            GraphQLListValue list => (true, list.Values ?? []),
            _ => (true, declared),
        };
    }

    private FieldType? Definition(GraphQLField field, IGraphType? parent)
    {
        if (field.Name == "__typename")
        {
            return _schema.TypeNameMetaFieldType;
        }

        if (parent == _schema.Query && field.Name == "__schema")
        {
            return _schema.SchemaMetaFieldType;
        }

        if (parent == _schema.Query && field.Name == "__type")
        {
            return _schema.TypeMetaFieldType;
        }

        return parent is IComplexGraphType complex ? complex.GetField(field.Name.Value) : null;
    }

    private IGraphType? Type(GraphQLTypeCondition condition) => _schema.AllTypes[condition.Type.Name.StringValue];

    private static IGraphType? Unwrap(IGraphType? type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;

    private readonly record struct Tally(double Cost, int Depth, int Nesting, double Selections);

    /// <summary>
    /// The list size a connection hands to its fields that carry the list (its <c>sizedFields</c>). The names are the
    /// field's own list, read once per field, so fragments costed under the same connection field share a cache entry.
    /// </summary>
    private readonly record struct SizedFields(double Size, IReadOnlyList<string> Names)
    {
        public bool Contains(string field) => Names.Contains(field);
    }
}
