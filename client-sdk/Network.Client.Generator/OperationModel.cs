using GraphQLParser.AST;

namespace Network.Client.Generator;

/// <summary>An operation as analysed: its definition, for its variables and the document sent, and the records of its result.</summary>
internal sealed record OperationModel(GraphQLOperationDefinition Definition, SelectionModel Result)
{
    public string Name => Definition.Name!.StringValue;

    /// <summary><c>Query</c>, <c>Mutation</c> or <c>Subscription</c>: the suffix of the operation's class and the runtime's <c>OperationKind</c>.</summary>
    public string Kind => Definition.Operation switch
    {
        OperationType.Query => "Query",
        OperationType.Mutation => "Mutation",
        _ => "Subscription",
    };
}
