using System.Globalization;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace Network.Server.GraphQL.Budgets;

/// <summary>
/// Checks a document against the request budgets before GraphQL's own validation rules run, and
/// refuses it without running them when it is over: some of those rules take time that grows with the
/// square of the document or recurse once per nested fragment, so a hostile document must be stopped
/// first. Runs for every request, cached document or not, so budgets that depend on variables
/// (page sizes, cost) are checked each time.
/// </summary>
public sealed class BudgetDocumentValidator(IOptions<RequestBudgetOptions> budgetOptions) : IDocumentValidator
{
    private readonly DocumentValidator _inner = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var errors = Check(options);
        return errors.Count > 0 ? Task.FromResult<IValidationResult>(new ValidationResult(errors)) : _inner.ValidateAsync(options);
    }

    private List<ValidationError> Check(in ValidationOptions validation)
    {
        var budgets = budgetOptions.Value;
        var document = validation.Document;
        var errors = new List<ValidationError>();
        var shape = DocumentShape.Measure(document, budgets.MaxAliases);
        if (shape.Aliases > budgets.MaxAliases)
        {
            errors.Add(new BudgetError(document, BudgetErrorCodes.MaxAliasesExceeded,
                $"The document has {Count(shape.Aliases)} aliases; at most {Count(budgets.MaxAliases)} are allowed.",
                shape.FirstAliasOver, "aliases", shape.Aliases, budgets.MaxAliases));
        }

        if (shape.Selections > budgets.MaxSelections)
        {
            errors.Add(new BudgetError(document, BudgetErrorCodes.MaxSelectionsExceeded,
                $"The document has {Count(shape.Selections)} selections (fields, fragment spreads and inline fragments); at most {Count(budgets.MaxSelections)} are allowed.",
                null, "selections", shape.Selections, budgets.MaxSelections));
        }

        if (shape.Fragments > budgets.MaxFragments)
        {
            errors.Add(new BudgetError(document, BudgetErrorCodes.MaxFragmentsExceeded,
                $"The document defines {Count(shape.Fragments)} fragments; at most {Count(budgets.MaxFragments)} are allowed.",
                null, "fragments", shape.Fragments, budgets.MaxFragments));
        }

        if (!budgets.AllowIntrospection && shape.Introspection is { } introspection)
        {
            errors.Add(new BudgetError(document, BudgetErrorCodes.IntrospectionDisabled,
                "Introspection (__schema and __type) is disabled on this server; __typename is always available.", introspection));
        }

        // The operation is walked only when the document's shape is within budget, which bounds the walk.
        if (errors.Count > 0)
        {
            return errors;
        }

        validation.Schema.Initialize();
        var cost = OperationCost.Analyze(validation.Schema, document, validation.Operation, validation.Variables, budgets);
        OperationCostReport.Record(validation.UserContext, cost.Cost);
        if (cost.FragmentNestingOver is { } spread)
        {
            errors.Add(new BudgetError(document, BudgetErrorCodes.MaxDepthExceeded,
                $"Fragments spread inside fragments nest more than {Count(budgets.MaxDepth)} levels deep; at most {Count(budgets.MaxDepth)} are allowed.",
                spread, "depth", budgets.MaxDepth + 1, budgets.MaxDepth));
        }
        else if (cost.Depth > budgets.MaxDepth)
        {
            errors.Add(new BudgetError(document, BudgetErrorCodes.MaxDepthExceeded,
                $"The operation nests fields {Count(cost.Depth)} levels deep; at most {Count(budgets.MaxDepth)} are allowed.",
                validation.Operation, "depth", cost.Depth, budgets.MaxDepth));
        }

        if (cost.Selections > budgets.MaxSelections)
        {
            errors.Add(new BudgetError(document, BudgetErrorCodes.MaxSelectionsExceeded,
                $"The operation selects {(cost.Selections >= OperationCost.Ceiling ? "more than " : string.Empty)}{Count(cost.Selections)} fields once its fragments are expanded; at most {Count(budgets.MaxSelections)} are allowed.",
                validation.Operation, "selections", cost.Selections, budgets.MaxSelections));
        }

        if (cost.PageSizeOutOfRange is { } page)
        {
            errors.Add(new BudgetError(document, BudgetErrorCodes.PageSizeOutOfRange,
                $"{page.Argument} must be between 0 and {Count(budgets.MaxPageSize)}; it is {Count(page.Value)}.",
                page.Node, "pageSize", page.Value, budgets.MaxPageSize));
        }

        if (cost.Cost > budgets.MaxComplexity)
        {
            var capped = cost.Cost >= OperationCost.Ceiling;
            errors.Add(new BudgetError(document, BudgetErrorCodes.MaxComplexityExceeded,
                $"The operation's cost is {(capped ? "more than " : string.Empty)}{Count(cost.Cost)} (each object in the answer counts 1, lists by their @listSize); at most {Count(budgets.MaxComplexity)} is allowed.",
                validation.Operation, "cost", cost.Cost, budgets.MaxComplexity));
        }

        return errors;
    }

    private static string Count(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
