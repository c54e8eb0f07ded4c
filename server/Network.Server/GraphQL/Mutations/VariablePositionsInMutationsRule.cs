using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Network.Server.GraphQL.Mutations;

/// <summary>
/// The specification's "All Variable Usages Are Allowed" (5.8.5) for mutations and subscriptions. GraphQL.NET's own
/// rule works out where each variable is used by walking the operation again from the query type, so that in a mutation
/// it finds no argument and lets any variable through: <c>mutation($input: [ID!]!) { updateSkillsGap(input: $input) … }</c>
/// would reach the resolver with a list for an input object. This rule checks those usages during the main walk, where
/// the expected type at each position is known.
/// </summary>
public sealed class VariablePositionsInMutationsRule : ValidationRuleBase
{
    public static VariablePositionsInMutationsRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        context.Operation.Operation == OperationType.Query ? default : new(Visitor());

    private static NodeVisitors Visitor()
    {
        // Inside another operation of the document its own variables apply; fragments are checked against the operation that runs.
        var inOtherOperation = false;
        return new NodeVisitors(
            new MatchingNodeVisitor<GraphQLOperationDefinition>(
                enter: (operation, context) => inOtherOperation = operation != context.Operation,
                leave: (_, _) => inOtherOperation = false),
            new MatchingNodeVisitor<GraphQLVariable>((usage, context) =>
            {
                if (inOtherOperation || context.TypeInfo.GetInputType() is not { } expected)
                {
                    return;
                }

                var definition = context.Operation.Variables?.Items.FirstOrDefault(v => v.Variable.Name.Value.Span.SequenceEqual(usage.Name.Value.Span));
                if (definition is not null && !Allowed(definition, expected))
                {
                    context.ReportError(new VariablesInAllowedPositionError(context, definition, usage, expected));
                }
            }));
    }

    private static bool Allowed(GraphQLVariableDefinition definition, IGraphType expected)
    {
        if (expected is NonNullGraphType nonNull && definition.Type is not GraphQLNonNullType)
        {
            // A nullable variable may stand where a value is required only when it has a default of its own.
            return definition.DefaultValue is not null and not GraphQLNullValue && IsSubtype(definition.Type, nonNull.ResolvedType!);
        }

        return IsSubtype(definition.Type, expected);
    }

    private static bool IsSubtype(GraphQLType given, IGraphType expected) => (given, expected) switch
    {
        (GraphQLNonNullType g, NonNullGraphType e) => IsSubtype(g.Type, e.ResolvedType!),
        (_, NonNullGraphType) => false,
        (GraphQLNonNullType g, _) => IsSubtype(g.Type, expected),
        (GraphQLListType g, ListGraphType e) => IsSubtype(g.Type, e.ResolvedType!),
        (_, ListGraphType) or (GraphQLListType, _) => false,
        (GraphQLNamedType g, _) => g.Name.Value.Span.SequenceEqual(expected.Name),
        _ => false,
    };
}

/// <summary>A variable used where its type does not fit (<c>VARIABLES_IN_ALLOWED_POSITION</c>, as GraphQL.NET's own rule reports it).</summary>
public sealed class VariablesInAllowedPositionError(ValidationContext context, GraphQLVariableDefinition definition, GraphQLVariable usage, IGraphType expected)
    : ValidationError(
        context.Document.Source,
        "5.8.5",
        $"Variable '${usage.Name.StringValue}' of type '{Print(definition.Type)}' used in position expecting type '{expected}'.",
        definition,
        usage)
{
    private static string Print(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Print(nonNull.Type) + "!",
        GraphQLListType list => $"[{Print(list.Type)}]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => type.Kind.ToString(),
    };
}
