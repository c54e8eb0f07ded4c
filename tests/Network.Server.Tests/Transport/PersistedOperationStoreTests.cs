using Network.Server.GraphQL.Transport.PersistedOperations;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Transport;

/// <summary>Loading persisted operations: file names and manifest keys must be the SHA-256 of their documents.</summary>
public sealed class PersistedOperationStoreTests : IDisposable
{
    private const string Document = "{ skills { totalCount } }";

    private readonly string _directory = Directory.CreateTempSubdirectory("network-operations-").FullName;

    [Fact]
    public void An_id_is_the_lowercase_hex_sha256_of_the_document_text()
    {
        // The example of the GraphQL-over-HTTP persisted documents appendix.
        const string document = "query ($id: ID!) {\n  user(id: $id) {\n    name\n  }\n}";

        Assert.Equal("7dba4bd717b41f10434822356a93c32b1fb4907b983e854300ad839f84cdcd6e", PersistedOperationStore.IdOf(document));
    }

    [Fact]
    public void Graphql_files_and_manifests_are_loaded_and_other_files_ignored()
    {
        const string other = "{ geocode(postcode: \"CV1\") { outcode } }";
        Write($"{PersistedOperationStore.IdOf(Document)}.graphql", Document);
        Write("client.json", Manifest(PersistedOperationStore.IdOf(other), other));
        Write("notes.md", "# not an operation");

        var store = PersistedOperationStore.Load(_directory);

        Assert.Equal(2, store.Count);
        Assert.Equal(Document, store.Find(PersistedOperationStore.IdOf(Document)));
        Assert.Equal(other, store.Find(PersistedOperationStore.IdOf(other)));
    }

    [Fact]
    public void Ids_are_found_with_or_without_the_sha256_prefix_and_in_any_case()
    {
        var id = PersistedOperationStore.IdOf(Document);
        Write("client.json", Manifest(id, Document));

        var store = PersistedOperationStore.Load(_directory);

        Assert.Equal(Document, store.Find(id));
        Assert.Equal(Document, store.Find("sha256:" + id));
        Assert.Equal(Document, store.Find(id.ToUpperInvariant()));
        Assert.Null(store.Find("sha256:" + new string('0', 64)));
    }

    [Fact]
    public void A_manifest_key_that_is_not_the_hash_of_its_document_is_refused()
    {
        var wrong = PersistedOperationStore.IdOf("{ skills { nodes { slug } } }");
        Write("client.json", Manifest(wrong, Document));

        var error = Assert.Throws<InvalidDataException>(() => PersistedOperationStore.Load(_directory));

        Assert.Contains("client.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(wrong, error.Message, StringComparison.Ordinal);
        Assert.Contains(PersistedOperationStore.IdOf(Document), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_graphql_file_not_named_after_the_hash_of_its_document_is_refused()
    {
        Write("skills.graphql", Document);

        var error = Assert.Throws<InvalidDataException>(() => PersistedOperationStore.Load(_directory));

        Assert.Contains("skills.graphql", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[\"{ skills { totalCount } }\"]")]
    [InlineData("{\"abc\": 42}")]
    [InlineData("{ not json")]
    public void A_manifest_that_is_not_an_object_of_strings_is_refused(string manifest)
    {
        Write("client.json", manifest);

        var error = Assert.Throws<InvalidDataException>(() => PersistedOperationStore.Load(_directory));

        Assert.Contains("client.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_refused()
    {
        var missing = Path.Combine(_directory, "missing");

        var error = Assert.Throws<DirectoryNotFoundException>(() => PersistedOperationStore.Load(missing));

        Assert.Contains("PersistedOperations:Directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_does_not_start_with_a_mismatched_manifest()
    {
        Write("client.json", Manifest(new string('a', 64), Document));
        await using var app = new NetworkApp { Settings = new Dictionary<string, string?> { ["PersistedOperations:Directory"] = _directory } };

        var error = await Record.ExceptionAsync(app.InitializeAsync);

        Assert.IsType<InvalidDataException>(error);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Manifest(string id, string document) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { [id] = document });

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_directory, name), text);
}
