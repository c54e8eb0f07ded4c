using GraphQL;

namespace Network.Server.GraphQL.Paging;

/// <summary>Validated <c>first/after/last/before</c> of a list ordered by distance alone, with keyset cursors.</summary>
public sealed record DistancePaging(int? First, DistanceCursor? After, int? Last, DistanceCursor? Before)
{
    public static DistancePaging From(IResolveFieldContext context, DistanceCursors cursors)
    {
        var (first, last) = PagingArguments.Sizes(context);
        return new DistancePaging(first, cursors.Parse(context.GetArgument<string?>("after")), last, cursors.Parse(context.GetArgument<string?>("before")));
    }
}
