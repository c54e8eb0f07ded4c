using GraphQL;
using GraphQL.Validation;
using Network.Server.Observability;

namespace Network.Server.GraphQL.Transport;

/// <summary>
/// GraphQL over HTTP: GET for queries, POST with a JSON body or, with files, a multipart body (the GraphQL
/// multipart request specification), responses in
/// <c>application/graphql-response+json</c> or <c>application/json</c> with the status codes the
/// specification gives for each. Requests a browser may have sent from another site are refused
/// before their body is read (see <see cref="CrossSiteRequestGuard"/>). A request that accepts
/// <c>text/event-stream</c> is answered with an event stream (<see cref="ServerSentEvents"/>).
/// </summary>
public sealed class GraphQLHttpMiddleware(
    IDocumentExecuter<NetworkSchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    CrossSiteRequestGuard crossSiteGuard,
    ServerSentEvents serverSentEvents,
    NetworkMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteRequestErrorAsync(context, ResponseMediaType.Json, StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "Use GET or POST.");
            return;
        }

        if (ServerSentEvents.IsRequested(request))
        {
            if (crossSiteGuard.Rejects(request))
            {
                await WriteRequestErrorAsync(context, ResponseMediaType.Json, StatusCodes.Status403Forbidden, CrossSiteRequestGuard.Code, CrossSiteRequestGuard.Message);
                return;
            }

            await serverSentEvents.RunAsync(context, isGet);
            return;
        }

        var mediaType = ResponseMediaType.Negotiate(request);
        if (mediaType is null)
        {
            await WriteRequestErrorAsync(context, ResponseMediaType.Json, StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
                $"Accept {ResponseMediaType.GraphQLResponse} or {ResponseMediaType.Json}.");
            return;
        }

        if (crossSiteGuard.Rejects(request))
        {
            await WriteRequestErrorAsync(context, mediaType, StatusCodes.Status403Forbidden, CrossSiteRequestGuard.Code, CrossSiteRequestGuard.Message);
            return;
        }

        GraphQLHttpRequest graphQLRequest;
        try
        {
            graphQLRequest = isGet ? reader.ReadGet(request) : await reader.ReadPostAsync(request, context.RequestAborted);
        }
        catch (GraphQLRequestException exception)
        {
            await WriteRequestErrorAsync(context, mediaType, exception.StatusCode, exception.Code, exception.Message);
            return;
        }

        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = graphQLRequest.Query;
            options.OperationName = graphQLRequest.OperationName;
            options.Variables = graphQLRequest.Variables;
            options.Extensions = graphQLRequest.Extensions;
            options.RequestServices = context.RequestServices;
            options.User = context.User;
            options.CancellationToken = context.RequestAborted;
            if (isGet)
            {
                options.ValidationRules = [.. DocumentValidator.CoreRules, QueriesOnlyOverGetRule.Instance];
                options.CachedDocumentValidationRules = [QueriesOnlyOverGetRule.Instance];
            }
        });

        context.Response.StatusCode = StatusFor(result, mediaType, context);
        context.Response.ContentType = ResponseMediaType.WithCharset(mediaType);
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    private static int StatusFor(ExecutionResult result, string mediaType, HttpContext context)
    {
        if (!result.Executed && result.Errors?.Any(e => e is ValidationError { Number: QueriesOnlyOverGetRule.Code }) == true)
        {
            context.Response.Headers.Allow = "POST";
            return StatusCodes.Status405MethodNotAllowed;
        }

        // With application/json every well-formed request gets 200; with the GraphQL media type a
        // document that could not be executed (parse or validation errors) is a 400.
        return mediaType == ResponseMediaType.GraphQLResponse && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
    }

    private Task WriteRequestErrorAsync(HttpContext context, string mediaType, int statusCode, string code, string message)
    {
        // Refused before any operation ran, so the operation telemetry never sees it (REQUEST_TOO_LARGE among others).
        metrics.RecordError(code);
        return GraphQLErrorResponse.WriteAsync(context, serializer, mediaType, statusCode, code, message);
    }
}
