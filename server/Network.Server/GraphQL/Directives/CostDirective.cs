using GraphQL.Types;
using GraphQLParser.AST;

namespace Network.Server.GraphQL.Directives;

/// <summary>
/// <c>@cost(weight:)</c> of the IBM GraphQL cost specification, as HotChocolate publishes it: what a type,
/// field or argument adds to the cost of a request. Declared so that clients' cost tools know it.
/// </summary>
public sealed class CostDirective : Directive
{
    public const string DirectiveName = "cost";

    public CostDirective()
        : base(
            DirectiveName,
            DirectiveLocation.Scalar,
            DirectiveLocation.Object,
            DirectiveLocation.FieldDefinition,
            DirectiveLocation.ArgumentDefinition,
            DirectiveLocation.Enum,
            DirectiveLocation.InputFieldDefinition)
    {
        Description = "The weight a type, field or argument adds to the cost of a request, in the IBM GraphQL cost specification.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = "weight",
            Description = "What each appearance, or possible appearance, adds to the cost.",
        });
    }
}
