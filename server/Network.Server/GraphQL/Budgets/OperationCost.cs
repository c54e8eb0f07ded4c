using System.Collections;
using System.Globalization;
using System.Numerics;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Network.Server.GraphQL.Paging;

namespace Network.Server.GraphQL.Budgets;

/// <summary>
/// Walks the operation that is about to run, fragments expanded, and measures how deep its fields
/// nest, how deep fragment spreads nest, its cost and the page size asked of each connection. Values
/// come from literals, the request's variables as sent, or the variables' defaults.
/// </summary>
/// <remarks>
/// Cost: every field counts 1. The fields under a list count once per item: a connection's
/// <c>edges</c> and <c>nodes</c> (or a paged list) by its <c>first</c>/<c>last</c>, or the default page
/// size when neither is given; <c>nodes(ids:)</c> by the number of IDs; any other list by
/// <see cref="RequestBudgetOptions.AssumedListSize"/>. A fragment is measured once per page size it is
/// spread under, so the walk stays linear in the size of the document however often fragments are spread.
/// </remarks>
internal sealed class OperationCost
{
    /// <summary>Costs are not counted past this; the figure is only reported.</summary>
    public const double Ceiling = 1e15;

    private readonly ISchema _schema;
    private readonly GraphQLOperationDefinition _operation;
    private readonly Inputs _variables;
    private readonly RequestBudgetOptions _budgets;
    private readonly Dictionary<(GraphQLFragmentDefinition Fragment, double? PageSize), Tally> _fragments = [];
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
        var measure = cost.SelectionSet(operation.SelectionSet, root, pageSize: null, nesting: 0);
        cost.Cost = measure.Cost;
        cost.Depth = measure.Depth;
        cost.FragmentNesting = measure.Nesting;
        return cost;
    }

    private Tally SelectionSet(GraphQLSelectionSet selectionSet, IGraphType? parent, double? pageSize, int nesting)
    {
        var total = default(Tally);
        foreach (var selection in selectionSet.Selections)
        {
            var measure = selection switch
            {
                GraphQLField field => Field(field, parent, pageSize, nesting),
                GraphQLInlineFragment inline => SelectionSet(
                    inline.SelectionSet, inline.TypeCondition is { } condition ? Type(condition) : parent, pageSize, nesting),
                GraphQLFragmentSpread spread => Spread(spread, pageSize, nesting),
                _ => default,
            };
            total = new Tally(Math.Min(total.Cost + measure.Cost, Ceiling), Math.Max(total.Depth, measure.Depth), Math.Max(total.Nesting, measure.Nesting));
        }

        return total;
    }

    private Tally Spread(GraphQLFragmentSpread spread, double? pageSize, int nesting)
    {
        // Unknown fragments and cycles are left to GraphQL's own rules, which name them.
        if (!_fragmentsByName.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) || _expanding.Contains(fragment))
        {
            return default;
        }

        if (nesting + 1 > _budgets.MaxDepth)
        {
            FragmentNestingOver ??= spread;
            return new Tally(0, 0, 1);
        }

        if (!_fragments.TryGetValue((fragment, pageSize), out var measure))
        {
            _expanding.Add(fragment);
            measure = SelectionSet(fragment.SelectionSet, Type(fragment.TypeCondition), pageSize, nesting + 1);
            _expanding.Remove(fragment);
            _fragments[(fragment, pageSize)] = measure;
        }

        return measure with { Nesting = measure.Nesting + 1 };
    }

    private Tally Field(GraphQLField field, IGraphType? parent, double? connectionPageSize, int nesting)
    {
        var definition = Definition(field, parent);
        var paged = definition is not null && IsPaged(definition);
        var pageSize = paged ? PageSize(field) : (double?)null;
        if (field.SelectionSet is null)
        {
            return new Tally(1, 1, 0);
        }

        var type = definition?.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : definition?.ResolvedType;
        double multiplier = 1;
        double? childPageSize = pageSize;
        if (type is ListGraphType list)
        {
            multiplier = pageSize ?? IdCount(field, definition!) ?? connectionPageSize ?? _budgets.AssumedListSize;
            for (var inner = Unwrap(list.ResolvedType); inner is ListGraphType nested; inner = Unwrap(nested.ResolvedType))
            {
                multiplier *= _budgets.AssumedListSize;
            }

            childPageSize = null;
        }

        var children = SelectionSet(field.SelectionSet, type?.GetNamedType(), childPageSize, nesting);
        return new Tally(Math.Min(1 + (multiplier * children.Cost), Ceiling), children.Depth + 1, children.Nesting);
    }

    /// <summary>A connection or paged list: the field takes both <c>first</c> and <c>last</c>.</summary>
    private static bool IsPaged(FieldType definition) =>
        definition.Arguments?.Find("first") is not null && definition.Arguments.Find("last") is not null;

    private double PageSize(GraphQLField field)
    {
        var first = Number(Argument(field, "first"));
        var last = Number(Argument(field, "last"));
        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value is { } size && (size < 0 || size > _budgets.MaxPageSize))
            {
                PageSizeOutOfRange ??= new PageSizeViolation(name, size, Argument(field, name)!);
            }
        }

        return Math.Clamp(first ?? last ?? PagingArguments.DefaultPageSize, 0, _budgets.MaxPageSize);
    }

    private double? IdCount(GraphQLField field, FieldType definition) =>
        definition.Arguments?.Find("ids") is null ? null : Argument(field, "ids")?.Value switch
        {
            null => null,
            GraphQLListValue list => list.Values?.Count ?? 0,
            GraphQLVariable variable => Variable(variable) switch
            {
                (true, null) => 0,
                (true, string) => 1,
                (true, IEnumerable values) => values.Cast<object?>().Count(),
                (true, _) => 1,
                _ => null,
            },
            _ => 1,
        };

    private static GraphQLArgument? Argument(GraphQLField field, string name) =>
        field.Arguments?.Items.FirstOrDefault(a => a.Name == name);

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

    private readonly record struct Tally(double Cost, int Depth, int Nesting);
}
