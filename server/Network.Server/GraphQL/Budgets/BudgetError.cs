using GraphQL.Validation;
using GraphQLParser.AST;

namespace Network.Server.GraphQL.Budgets;

/// <summary>
/// A document refused for going over a budget; like any validation error, it is answered before anything
/// runs. Its <c>extensions</c> carry the figure found and the limit, under the measure's name (<c>cost</c>, <c>depth</c>…) and <c>limit</c>.
/// </summary>
public sealed class BudgetError : ValidationError
{
    public BudgetError(GraphQLDocument document, string code, string message, ASTNode? node, string? measure = null, double found = 0, double limit = 0)
        : base(document.Source, null, message, node is null ? [] : [node])
    {
        Code = code;
        if (measure is not null)
        {
            Extensions = new Dictionary<string, object?> { [measure] = (long)found, ["limit"] = (long)limit };
        }
    }
}
