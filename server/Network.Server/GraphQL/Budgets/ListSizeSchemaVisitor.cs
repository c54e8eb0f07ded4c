using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Network.Server.GraphQL.Budgets;

/// <summary>
/// Publishes the list sizes the cost of a request is computed with, as <c>@listSize</c> on every field that
/// returns objects in a list, so that a client can compute a request's cost from the schema alone (the
/// IBM GraphQL cost specification's type cost). A connection is sized by <c>first</c> or <c>last</c> on its
/// <c>edges</c> and <c>nodes</c>, the default page size without either, as HotChocolate publishes it; any
/// other list by <see cref="RequestBudgetOptions.AssumedListSize"/>. A field that declares its own keeps it
/// (<see cref="ListSizeFieldBuilderExtensions.SlicedBy"/>).
/// </summary>
internal sealed class ListSizeSchemaVisitor(RequestBudgetOptions budgets) : BaseSchemaNodeVisitor
{
    private static readonly string[] PagingArguments = ["first", "last"];

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        // A connection's edges and nodes are sized by the field that returns the connection.
        if (type.Name.StartsWith("__", StringComparison.Ordinal) || type.GetMetadata<bool>(Paging.ConnectionMetadata.IsConnectionKey)
            || ListSize.Of(field) is not null || field.ResolvedType is not { } resolved)
        {
            return;
        }

        var returned = resolved is NonNullGraphType nonNull ? nonNull.ResolvedType : resolved;
        var slicing = PagingArguments.Where(name => field.Arguments?.Find(name) is not null).ToList();
        if (returned?.GetMetadata<bool>(Paging.ConnectionMetadata.IsConnectionKey) == true)
        {
            new ListSize(budgets.MaxPageSize, slicing, ["edges", "nodes"], RequireOneSlicingArgument: false, SlicingArgumentDefaultValue: Paging.PagingArguments.DefaultPageSize).ApplyTo(field);
        }
        else if (returned is ListGraphType && returned.GetNamedType() is IComplexGraphType or UnionGraphType)
        {
            new ListSize(budgets.AssumedListSize, [], [], RequireOneSlicingArgument: false).ApplyTo(field);
        }
    }
}
