using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Network.Server.GraphQL.Transport.PersistedOperations;

namespace Network.Server.GraphQL.Transport;

/// <summary>
/// Keeps documents that parsed and validated, keyed by their text, so that a repeated query skips
/// both steps. Only the rules in <see cref="ExecutionOptions.CachedDocumentValidationRules"/> run again.
/// A cached document also keeps its SHA-256, worked out the first time a span asks for it.
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

        var cached = _cache.TryGetValue<Entry>(options.Query, out var entry) ? entry : null;
        if (cached is not null)
        {
            options.Document = cached.Document;
            options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
        }

        var result = await next(options);
        if (cached is null && result.Executed && result.Document is not null)
        {
            _cache.Set(options.Query, new Entry(result.Document), new MemoryCacheEntryOptions { Size = options.Query.Length });
        }

        return result;
    }

    /// <summary>The document's SHA-256, as a persisted operation's id: computed once while the document is cached.</summary>
    public string HashOf(string query)
    {
        if (_cache.TryGetValue<Entry>(query, out var entry) && entry is not null)
        {
            // Two requests may both compute it; they store the same text.
            return entry.Hash ??= PersistedOperationStore.IdOf(query);
        }

        return PersistedOperationStore.IdOf(query);
    }

    public void Dispose() => _cache.Dispose();

    private sealed class Entry(GraphQLDocument document)
    {
        public GraphQLDocument Document { get; } = document;

        public string? Hash { get; set; }
    }
}
