using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Network.Server.GraphQL.Transport.PersistedOperations;

/// <summary>
/// The operations clients may run by id, loaded once at start-up from a folder holding
/// <c>&lt;sha256&gt;.graphql</c> files and JSON manifests of the form
/// <c>{ "&lt;sha256&gt;": "&lt;document text&gt;", … }</c>. An id is the lowercase hex SHA-256 of the
/// document's UTF-8 text, taken as it is (no whitespace normalisation); a file with an id that does not
/// match its document is refused at load.
/// </summary>
public sealed class PersistedOperationStore
{
    /// <summary>The prefix of a SHA-256 document identifier in the GraphQL-over-HTTP persisted documents appendix.</summary>
    public const string Sha256Prefix = "sha256:";

    private readonly FrozenDictionary<string, string> _documents;

    public PersistedOperationStore(IReadOnlyDictionary<string, string> documents)
    {
        foreach (var (id, document) in documents)
        {
            Verify(id, document, "the persisted operations");
        }

        _documents = documents.ToFrozenDictionary(e => e.Key.ToLowerInvariant(), e => e.Value, StringComparer.Ordinal);
    }

    public static PersistedOperationStore Empty { get; } = new(new Dictionary<string, string>());

    public int Count => _documents.Count;

    /// <summary>Loads every <c>.graphql</c> and <c>.json</c> file in <paramref name="directory"/> (not its subfolders).</summary>
    public static PersistedOperationStore Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException(
                $"The persisted operations folder '{directory}' does not exist; fix {PersistedOperationOptions.Section}:Directory.");
        }

        var documents = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(file);
            if (extension.Equals(".graphql", StringComparison.OrdinalIgnoreCase))
            {
                Add(documents, Path.GetFileNameWithoutExtension(file), File.ReadAllText(file), file);
            }
            else if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var (id, document) in ReadManifest(file))
                {
                    Add(documents, id, document, file);
                }
            }
        }

        return new PersistedOperationStore(documents);
    }

    /// <summary>The lowercase hex SHA-256 of the document's UTF-8 text: its id.</summary>
    public static string IdOf(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>The document with this id (bare hex, or with the <c>sha256:</c> prefix), or null.</summary>
    public string? Find(string id) => _documents.GetValueOrDefault(Normalize(id));

    /// <summary>The id without its <c>sha256:</c> prefix, in lower case.</summary>
    public static string Normalize(string id) =>
        (id.StartsWith(Sha256Prefix, StringComparison.OrdinalIgnoreCase) ? id[Sha256Prefix.Length..] : id).ToLowerInvariant();

    private static void Add(Dictionary<string, string> documents, string id, string document, string file)
    {
        id = Normalize(id);
        Verify(id, document, file);
        documents[id] = document;
    }

    private static void Verify(string id, string document, string source)
    {
        var actual = IdOf(document);
        if (!actual.Equals(id, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException(
                $"In {source}, the persisted operation '{id}' does not match its document, whose SHA-256 is {actual}. " +
                "An id is the lowercase hex SHA-256 of the document's exact UTF-8 text.");
        }
    }

    private static List<KeyValuePair<string, string>> ReadManifest(string file)
    {
        JsonDocument manifest;
        try
        {
            manifest = JsonDocument.Parse(File.ReadAllBytes(file));
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{file} is not valid JSON: {exception.Message}", exception);
        }

        using (manifest)
        {
            if (manifest.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{file} is not a persisted operations manifest: expected a JSON object of ids to documents.");
            }

            var entries = new List<KeyValuePair<string, string>>();
            foreach (var property in manifest.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    throw new InvalidDataException($"In {file}, the persisted operation '{property.Name}' is not a string holding a document.");
                }

                entries.Add(new(property.Name, property.Value.GetString()!));
            }

            return entries;
        }
    }
}
