using System.Globalization;
using GraphQLParser;
using GraphQLParser.AST;

namespace Network.Server.Tests.Budgets;

/// <summary>
/// The cost of an operation as a client computes it from the published schema alone, following the IBM
/// GraphQL cost specification's type cost with its default weights (objects 1, leaves 0) and the
/// schema's <c>@listSize</c> directives. Written apart from the server's own analysis, to check that the
/// schema says everything the server counts.
/// </summary>
internal sealed class SchemaCostCalculator
{
    private readonly Dictionary<string, Dictionary<string, GraphQLFieldDefinition>> _fields = [];
    private readonly HashSet<string> _leaves = ["String", "Int", "Float", "Boolean", "ID"];

    public SchemaCostCalculator(string sdl)
    {
        foreach (var definition in Parser.Parse(sdl).Definitions)
        {
            switch (definition)
            {
                case GraphQLObjectTypeDefinition type:
                    _fields[type.Name.StringValue] = type.Fields!.Items.ToDictionary(f => f.Name.StringValue);
                    break;
                case GraphQLInterfaceTypeDefinition type:
                    _fields[type.Name.StringValue] = type.Fields!.Items.ToDictionary(f => f.Name.StringValue);
                    break;
                case GraphQLScalarTypeDefinition scalar:
                    _leaves.Add(scalar.Name.StringValue);
                    break;
                case GraphQLEnumTypeDefinition enumType:
                    _leaves.Add(enumType.Name.StringValue);
                    break;
            }
        }
    }

    public double Cost(string operation, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var document = Parser.Parse(operation);
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue);
        var root = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        return Selections(root.SelectionSet, root.Operation == OperationType.Mutation ? "Mutation" : "Query", null, fragments, variables ?? new Dictionary<string, object?>());
    }

    private double Selections(
        GraphQLSelectionSet set, string type, (double Size, string[] Fields)? sized, Dictionary<string, GraphQLFragmentDefinition> fragments, IReadOnlyDictionary<string, object?> variables) =>
        set.Selections.Sum(selection => selection switch
        {
            GraphQLField field => Field(field, type, sized, fragments, variables),
            GraphQLInlineFragment inline => Selections(inline.SelectionSet, inline.TypeCondition?.Type.Name.StringValue ?? type, sized, fragments, variables),
            GraphQLFragmentSpread spread => Selections(
                fragments[spread.FragmentName.Name.StringValue].SelectionSet, fragments[spread.FragmentName.Name.StringValue].TypeCondition.Type.Name.StringValue, sized, fragments, variables),
            _ => 0,
        });

    private double Field(
        GraphQLField field, string type, (double Size, string[] Fields)? sized, Dictionary<string, GraphQLFragmentDefinition> fragments, IReadOnlyDictionary<string, object?> variables)
    {
        if (field.SelectionSet is null || field.Name.StringValue == "__typename")
        {
            return 0;
        }

        var definition = _fields[type][field.Name.StringValue];
        var (returned, isList) = Unwrap(definition.Type);
        var listSize = definition.Directives?.Items.FirstOrDefault(d => d.Name.StringValue == "listSize");
        double? size = null;
        if (listSize is not null)
        {
            var slicing = Strings(listSize, "slicingArguments").Select(name => Number(field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == name)?.Value, variables)).OfType<double>().ToList();
            size = slicing.Count > 0
                ? slicing.Max()
                : Number(Argument(listSize, "slicingArgumentDefaultValue"), variables) ?? Number(Argument(listSize, "assumedSize"), variables);
        }

        var sizedFields = listSize is null ? [] : Strings(listSize, "sizedFields");
        var items = 1.0;
        (double, string[])? childSized = null;
        if (sizedFields.Length > 0)
        {
            childSized = (size!.Value, sizedFields);
        }
        else if (isList)
        {
            items = size ?? (sized is { } parent && parent.Fields.Contains(field.Name.StringValue) ? parent.Size : throw new InvalidOperationException($"{type}.{field.Name} has no @listSize."));
        }

        return items * (1 + Selections(field.SelectionSet, returned, childSized, fragments, variables));
    }

    private static (string Name, bool IsList) Unwrap(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Unwrap(nonNull.Type),
        GraphQLListType list => (Unwrap(list.Type).Name, true),
        GraphQLNamedType named => (named.Name.StringValue, false),
        _ => throw new InvalidOperationException(),
    };

    private static GraphQLValue? Argument(GraphQLDirective directive, string name) =>
        directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == name)?.Value;

    private static string[] Strings(GraphQLDirective directive, string argument) =>
        directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == argument)?.Value is GraphQLListValue list
            ? [.. list.Values!.OfType<GraphQLStringValue>().Select(v => v.Value.ToString())]
            : [];

    private static double? Number(GraphQLValue? value, IReadOnlyDictionary<string, object?> variables) => value switch
    {
        GraphQLIntValue literal => double.Parse(literal.Value.Span, CultureInfo.InvariantCulture),
        GraphQLVariable variable => variables.GetValueOrDefault(variable.Name.StringValue) is int given ? given : null,
        _ => null,
    };
}
