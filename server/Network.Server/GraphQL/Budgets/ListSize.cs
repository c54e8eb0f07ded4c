using GraphQL;
using GraphQL.Types;
using Network.Server.GraphQL.Directives;

namespace Network.Server.GraphQL.Budgets;

/// <summary>A field's <c>@listSize</c>, as the cost of a request reads it.</summary>
internal sealed record ListSize(int? AssumedSize, IReadOnlyList<string> SlicingArguments, IReadOnlyList<string> SizedFields, bool RequireOneSlicingArgument)
{
    public static ListSize? Of(FieldType field)
    {
        if (field.FindAppliedDirective(ListSizeDirective.DirectiveName) is not { } applied)
        {
            return null;
        }

        return new ListSize(
            applied.FindArgument("assumedSize")?.Value as int?,
            Strings(applied.FindArgument("slicingArguments")?.Value),
            Strings(applied.FindArgument("sizedFields")?.Value),
            applied.FindArgument("requireOneSlicingArgument")?.Value as bool? ?? true);
    }

    public void ApplyTo(FieldType field) =>
        field.ApplyDirective(ListSizeDirective.DirectiveName, directive =>
        {
            if (AssumedSize is { } size)
            {
                directive.AddArgument(new DirectiveArgument("assumedSize") { Value = size });
            }

            if (SlicingArguments.Count > 0)
            {
                directive.AddArgument(new DirectiveArgument("slicingArguments") { Value = SlicingArguments.ToList() });
            }

            if (SizedFields.Count > 0)
            {
                directive.AddArgument(new DirectiveArgument("sizedFields") { Value = SizedFields.ToList() });
            }

            // Meaningful only where there are slicing arguments; its default is true.
            if (SlicingArguments.Count > 0)
            {
                directive.AddArgument(new DirectiveArgument("requireOneSlicingArgument") { Value = RequireOneSlicingArgument });
            }
        });

    private static List<string> Strings(object? value) => value is IEnumerable<object?> items ? [.. items.OfType<string>()] : [];
}
