using GraphQL.Types;
using GraphQLParser.AST;

namespace Network.Server.GraphQL.Directives;

/// <summary>
/// <c>@specifiedBy(url:)</c> from the GraphQL specification, which GraphQL.NET does not define by itself:
/// where the behaviour of a custom scalar is written down.
/// </summary>
public sealed class SpecifiedByDirective : Directive
{
    public const string DirectiveName = "specifiedBy";

    public SpecifiedByDirective()
        : base(DirectiveName, DirectiveLocation.Scalar)
    {
        Description = "Points to the specification of a custom scalar's behaviour.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = "url",
            Description = "The address of a human-readable specification of the scalar.",
        });
    }
}
