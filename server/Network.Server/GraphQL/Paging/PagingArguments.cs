using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphQL;
using Microsoft.Extensions.Options;
using Network.Server.GraphQL.Budgets;

namespace Network.Server.GraphQL.Paging;

/// <summary>
/// Validated <c>first/after/last/before</c>, with offset cursors as HotChocolate's queryable paging uses
/// (lists ordered by distance alone use <see cref="DistancePaging"/>'s keyset cursors instead).
/// The largest page is <see cref="RequestBudgetOptions.MaxPageSize"/>; the request budgets refuse a
/// larger one before the document runs, and this check stands behind them.
/// </summary>
public sealed record PagingArguments(int? First, int? After, int? Last, int? Before)
{
    public const int DefaultPageSize = 10;

    public static PagingArguments From(IResolveFieldContext context)
    {
        var (first, last) = Sizes(context);
        return new PagingArguments(first, ParseCursor(context.GetArgument<string?>("after")), last, ParseCursor(context.GetArgument<string?>("before")));
    }

    /// <summary>
    /// The validated <c>first</c> and <c>last</c>: at most one of them, each within the largest page;
    /// <c>first</c> is the default page size when neither is given.
    /// </summary>
    public static (int? First, int? Last) Sizes(IResolveFieldContext context)
    {
        var maxPageSize = context.Service<IOptions<RequestBudgetOptions>>().Value.MaxPageSize;
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
        {
            throw new ExecutionError("Pass either first or last, not both.") { Code = "INVALID_PAGING" };
        }

        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value < 0 || value > maxPageSize)
            {
                throw new ExecutionError($"{name} must be between 0 and {maxPageSize}; it is {value}.") { Code = BudgetErrorCodes.PageSizeOutOfRange };
            }
        }

        return (first ?? (last is null ? DefaultPageSize : null), last);
    }

    public static string Cursor(int index) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(index.ToString(CultureInfo.InvariantCulture)));

    private static int? ParseCursor(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        if (cursor.Length <= 16 && Base64.IsValid(cursor)
            && int.TryParse(Encoding.UTF8.GetString(Convert.FromBase64String(cursor)), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return index;
        }

        throw DistanceCursors.IsDistanceCursor(cursor)
            ? new ExecutionError($"'{cursor}' is a cursor of a list ordered by distance alone; it cannot continue this order.") { Code = "INVALID_CURSOR" }
            : new ExecutionError($"'{cursor}' is not a valid cursor.") { Code = "INVALID_CURSOR" };
    }
}
