using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace Network.Server.GraphQL.Transport;

/// <summary>
/// Keeps documents that parsed and validated, keyed by their text, so that a repeated query skips
/// both steps. Only the rules in <see cref="ExecutionOptions.CachedDocumentValidationRules"/> run again.
/// </summary>
public sealed class DocumentCache : IConfigureExecution, IDisposable
{
    /// <summary>The total length of cached query texts, in characters.</summary>
    public const long SizeLimit = 4 * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit });

    public float SortOrder => 200;

    public int Count => _cache.Count;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is null)
        {
            return await next(options);
        }

        var cached = _cache.TryGetValue<GraphQLDocument>(options.Query, out var document) ? document : null;
        if (cached is not null)
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
        }

        var result = await next(options);
        if (cached is null && result.Executed && result.Document is not null)
        {
            _cache.Set(options.Query, result.Document, new MemoryCacheEntryOptions { Size = options.Query.Length });
        }

        return result;
    }

    public void Dispose() => _cache.Dispose();
}
