using GraphQL.Validation;
using GraphQLParser.AST;

namespace Network.Server.GraphQL.Budgets;

/// <summary>A document refused for going over a budget; like any validation error, it is answered before anything runs.</summary>
public sealed class BudgetError : ValidationError
{
    public BudgetError(GraphQLDocument document, string code, string message, ASTNode? node)
        : base(document.Source, null, message, node is null ? [] : [node])
    {
        Code = code;
    }
}
