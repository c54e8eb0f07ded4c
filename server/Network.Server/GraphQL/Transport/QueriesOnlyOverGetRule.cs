using GraphQL.Validation;
using GraphQLParser.AST;

namespace Network.Server.GraphQL.Transport;

/// <summary>GET must be safe: only query operations run over GET. The transport answers this error with 405.</summary>
public sealed class QueriesOnlyOverGetRule : ValidationRuleBase
{
    public const string Code = "MUTATION_OVER_GET";

    public static QueriesOnlyOverGetRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new ValidationError(
                context.Document.Source, Code,
                $"{context.Operation.Operation.ToString().ToLowerInvariant()} operations are not allowed over GET; use POST.",
                context.Operation));
        }

        return default;
    }
}
