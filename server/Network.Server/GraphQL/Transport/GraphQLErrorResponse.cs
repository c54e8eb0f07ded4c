using GraphQL;

namespace Network.Server.GraphQL.Transport;

/// <summary>
/// Writes a request that was refused before execution as a GraphQL response: one error with
/// <c>extensions.code</c>, no <c>data</c>, in the given media type.
/// </summary>
public static class GraphQLErrorResponse
{
    public static async Task WriteAsync(HttpContext context, IGraphQLTextSerializer serializer, string mediaType, int statusCode, string code, string message)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = ResponseMediaType.WithCharset(mediaType);
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }], Executed = false };
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}
