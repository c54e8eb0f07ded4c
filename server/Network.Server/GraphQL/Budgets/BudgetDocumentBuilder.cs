using System.Globalization;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace Network.Server.GraphQL.Budgets;

/// <summary>
/// Parses documents with the parser's depth limit set from <see cref="RequestBudgetOptions.MaxSyntaxDepth"/>,
/// so that thousands of nested selections or list values are refused with <c>MAX_DEPTH_EXCEEDED</c>
/// instead of exhausting the stack.
/// </summary>
public sealed class BudgetDocumentBuilder(IOptions<RequestBudgetOptions> budgets) : IDocumentBuilder
{
    private readonly GraphQLDocumentBuilder _parser = new() { MaxDepth = budgets.Value.MaxSyntaxDepth };

    public GraphQLDocument Build(string body)
    {
        try
        {
            return _parser.Build(body);
        }
        catch (GraphQLMaxDepthExceededException exception)
        {
            var limit = budgets.Value.MaxSyntaxDepth.ToString("#,0", CultureInfo.InvariantCulture);
            var error = new ExecutionError(
                $"The document nests selections, arguments or values more than {limit} levels deep; at most {limit} are allowed.")
            {
                Code = BudgetErrorCodes.MaxDepthExceeded,
            };
            error.AddLocation(new GraphQLParser.Location(exception.Location.Line, exception.Location.Column));
            throw error;
        }
    }
}
