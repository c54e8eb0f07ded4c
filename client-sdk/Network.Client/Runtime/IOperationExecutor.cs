using System.Text.Json;

namespace Network.Client;

/// <summary>Sends generated operations: over HTTP (<see cref="HttpOperationExecutor"/>), or another transport.</summary>
public interface IOperationExecutor
{
    /// <param name="document">The operation.</param>
    /// <param name="writeVariables">Writes the variables' properties into the open <c>variables</c> object; null when there are none.</param>
    /// <param name="parseData">Builds the typed result from the answer's <c>data</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<IOperationResult<T>> ExecuteAsync<T>(
        OperationDocument document, Action<Utf8JsonWriter>? writeVariables, Func<JsonElement, T> parseData, CancellationToken cancellationToken)
        where T : class;
}
