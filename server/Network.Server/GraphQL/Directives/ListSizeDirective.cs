using GraphQL.Types;
using GraphQLParser.AST;

namespace Network.Server.GraphQL.Directives;

/// <summary>
/// <c>@listSize</c> of the IBM GraphQL cost specification: how many items a list field returns, from its
/// slicing arguments or an assumed size, and which of its result's fields carry the list.
/// </summary>
public sealed class ListSizeDirective : Directive
{
    public const string DirectiveName = "listSize";

    public ListSizeDirective()
        : base(DirectiveName, DirectiveLocation.FieldDefinition)
    {
        Description = "How long the lists a field returns are, for the cost of a request, in the IBM GraphQL cost specification.";
        Arguments = new QueryArguments(
            new QueryArgument<IntGraphType> { Name = "assumedSize", Description = "The length assumed when no slicing argument is given." },
            new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>>
            {
                Name = "slicingArguments",
                Description = "The numeric arguments whose value is the length; the largest given counts.",
            },
            new QueryArgument<IntGraphType>
            {
                Name = "slicingArgumentDefaultValue",
                Description = "The length when none of the slicing arguments is given.",
            },
            new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>>
            {
                Name = "sizedFields",
                Description = "Fields of the result that return the list, as a connection's edges and nodes; the field itself otherwise.",
            },
            new QueryArgument<NonNullGraphType<BooleanGraphType>>
            {
                Name = "requireOneSlicingArgument",
                Description = "Whether exactly one slicing argument must be given.",
                DefaultValue = true,
            });
    }
}
