using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Network.Server.GraphQL.Directives;

namespace Network.Server.GraphQL.Budgets;

/// <summary>A field's <c>@listSize</c>, as the cost of a request reads it.</summary>
internal sealed record ListSize(
    int? AssumedSize,
    IReadOnlyList<string> SlicingArguments,
    IReadOnlyList<string> SizedFields,
    bool RequireOneSlicingArgument,
    int? SlicingArgumentDefaultValue = null)
{
    private static readonly ConditionalWeakTable<FieldType, StrongBox<ListSize?>> Read = [];

    /// <summary>
    /// The field's list size, read from its directive once per field: for the cost of requests, once the schema is
    /// initialized and its directives no longer change (while it is built, <see cref="Of"/> reads them afresh).
    /// </summary>
    public static ListSize? OfInitialized(FieldType field) => Read.GetValue(field, static f => new StrongBox<ListSize?>(Of(f))).Value;

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
            applied.FindArgument("requireOneSlicingArgument")?.Value as bool? ?? true,
            applied.FindArgument("slicingArgumentDefaultValue")?.Value as int?);
    }

    /// <summary>
    /// The length of the list when none of its slicing arguments is given: the slicing arguments' default,
    /// else the assumed size.
    /// </summary>
    public int? Unsliced => SlicingArguments.Count > 0 && SlicingArgumentDefaultValue is { } value ? value : AssumedSize;

    public void ApplyTo(FieldType field) =>
        field.ApplyDirective(ListSizeDirective.DirectiveName, directive =>
        {
            if (AssumedSize is { } size)
            {
                directive.AddArgument(new DirectiveArgument("assumedSize") { Value = size });
            }

            // The remaining arguments are meaningful only where there are slicing arguments.
            if (SlicingArguments.Count > 0)
            {
                directive.AddArgument(new DirectiveArgument("slicingArguments") { Value = SlicingArguments.ToList() });
                if (SlicingArgumentDefaultValue is { } value)
                {
                    directive.AddArgument(new DirectiveArgument("slicingArgumentDefaultValue") { Value = value });
                }
            }

            if (SizedFields.Count > 0)
            {
                directive.AddArgument(new DirectiveArgument("sizedFields") { Value = SizedFields.ToList() });
            }

            // Its default is true.
            if (SlicingArguments.Count > 0)
            {
                directive.AddArgument(new DirectiveArgument("requireOneSlicingArgument") { Value = RequireOneSlicingArgument });
            }
        });

    private static List<string> Strings(object? value) => value is IEnumerable<object?> items ? [.. items.OfType<string>()] : [];
}

/// <summary>Declares how long the list a field returns is, for fields the schema-wide rule would size wrongly.</summary>
public static class ListSizeFieldBuilderExtensions
{
    /// <summary>
    /// The field returns as many items as its <paramref name="argument"/> says, <paramref name="defaultSize"/>
    /// when it is left out, and never more than <paramref name="maxSize"/>: published as HotChocolate publishes
    /// a paged field, <c>@listSize(assumedSize: max, slicingArguments: [argument], slicingArgumentDefaultValue: default, requireOneSlicingArgument: false)</c>.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> SlicedBy<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string argument, int defaultSize, int maxSize)
    {
        ArgumentNullException.ThrowIfNull(field);
        new ListSize(maxSize, [argument], [], RequireOneSlicingArgument: false, SlicingArgumentDefaultValue: defaultSize).ApplyTo(field.FieldType);
        return field;
    }
}
