using GraphQLParser.AST;

namespace Network.Server.GraphQL.Budgets;

/// <summary>A <c>first</c> or <c>last</c> outside the allowed page sizes, and where it was written.</summary>
internal sealed record PageSizeViolation(string Argument, double Value, ASTNode Node);
