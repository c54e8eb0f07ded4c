namespace Network.Server.Tests.Schema;

/// <summary>
/// The schema's version against the released one (schema/released/): no breaking change leaves without a major version
/// and an announcement in schema/CHANGELOG.md; and the rules that decide it.
/// </summary>
public sealed class SchemaCompatibilityTests
{
    private const string Released = """
        type Query { mentor(id: ID!): Mentor }
        type Mentor { id: ID! email: String status: Status }
        enum Status { ACTIVE PAUSED }
        """;

    private static readonly string Root = SchemaTests.RepositoryRoot();

    [Fact]
    public void The_schema_breaks_no_client_of_the_released_version_unannounced()
    {
        var problems = SchemaVersionPolicy.Check(
            Read("schema", "released", "schema.graphql"), Read("schema", "released", "VERSION"),
            Read("schema", "schema.graphql"), Read("schema", "VERSION"), Read("schema", "CHANGELOG.md"));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_released_version_is_in_the_changelog()
    {
        Assert.Contains($"\n## {Read("schema", "released", "VERSION").Trim()}\n", Read("schema", "CHANGELOG.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_breaking_change_under_the_same_major_version_says_what_to_do()
    {
        var problem = Assert.Single(SchemaVersionPolicy.Check(Released, "1.0.0", Released.Replace(" email: String", "", StringComparison.Ordinal), "1.1.0", "## 1.1.0\n"));

        Assert.Equal("""
            schema/schema.graphql breaks clients of the released 1.0.0 (schema/released/schema.graphql):
              Field 'Mentor.email' was removed
            If this is intended, set schema/VERSION to 2.0.0 and, under "## 2.0.0" in schema/CHANGELOG.md, name each
            change above word for word with what a client does about it, e.g. "- Field 'Mentor.email' was removed: …".
            If it is not, put back what was removed or changed.
            """, problem);
    }

    [Fact]
    public void A_breaking_change_under_a_new_major_version_must_be_named_in_its_section_of_the_changelog()
    {
        var current = Released.Replace(" email: String", "", StringComparison.Ordinal).Replace("ACTIVE PAUSED", "ACTIVE", StringComparison.Ordinal);
        const string Changelog = "# Schema changelog\n\n## 2.0.0\n\n- Field 'Mentor.email' was removed: read `contactEmail`.\n\n## 1.0.0\n\n- Enum value 'PAUSED' was removed from enum 'Status'\n";

        var problem = Assert.Single(SchemaVersionPolicy.Check(Released, "1.0.0", current, "2.0.0", Changelog));

        Assert.Equal("""
            schema/CHANGELOG.md does not announce this breaking change under "## 2.0.0":
              Enum value 'PAUSED' was removed from enum 'Status'
            Add a line for each, word for word, with what a client does about it, e.g. "- Enum value 'PAUSED' was removed from enum 'Status': …".
            """, problem);
        Assert.Empty(SchemaVersionPolicy.Check(Released, "1.0.0", current, "2.0.0", Changelog.Replace("## 1.0.0\n\n", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void Other_changes_ask_for_a_minor_version()
    {
        var current = Released.Replace("ACTIVE PAUSED", "ACTIVE PAUSED ENDED", StringComparison.Ordinal);

        Assert.Equal(
            ["schema/schema.graphql changed since the released 1.0.0 without breaking clients (1 change, e.g. \"Enum value 'ENDED' was added to enum 'Status' (dangerous)\"):\nset schema/VERSION to 1.1.0."],
            SchemaVersionPolicy.Check(Released, "1.0.0", current, "1.0.0", string.Empty));
        Assert.Empty(SchemaVersionPolicy.Check(Released, "1.0.0", current, "1.1.0", string.Empty));
        Assert.Empty(SchemaVersionPolicy.Check(Released, "1.0.0", Released, "1.0.0", string.Empty));
    }

    [Fact]
    public void The_version_never_goes_below_the_released_one()
    {
        Assert.Equal(
            ["schema/VERSION (0.9.0) is lower than the released version (1.0.0) in schema/released/VERSION."],
            SchemaVersionPolicy.Check(Released, "1.0.0", Released, "0.9.0", string.Empty));
    }

    private static string Read(params string[] path) => File.ReadAllText(Path.Combine([Root, .. path]));
}
