using Network.Server.GraphQL.Ide;
using Network.Server.Tests.Schema;

namespace Network.Server.Tests.Ide;

public sealed class ReadmeExamplesTests
{
    [Fact]
    public async Task The_server_embeds_the_README_it_was_built_with()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(SchemaTests.RepositoryRoot(), "README.md"));

        Assert.Equal(ReadmeExamples.Parse(readme), ReadmeExamples.Load());
    }

    [Fact]
    public void Each_example_is_a_graphql_block_that_names_its_caller()
    {
        var examples = ReadmeExamples.Parse("""
            ```graphql
            # Caller: PARTNER
            { skills { totalCount } }
            ```

            ```graphql
            { notAnExample }
            ```

            ```graphql
            # Caller: EMPLOYER_ADMIN (not yet bound to an employer)
            mutation { registerEmployer(input: {}) { errors { __typename } } }
            ```
            """);

        Assert.Equal(["PARTNER", "EMPLOYER_ADMIN"], examples.Select(e => e.Caller));
        Assert.StartsWith("# Caller: PARTNER\n{ skills", examples[0].Document, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# Caller: anonymous\n{\n  skillsGaps { totalCount }\n}\n", "# Caller: anonymous\nquery SkillsGapsAsAnonymous {\n  skillsGaps { totalCount }\n}\n")]
    [InlineData("# Caller: EMPLOYER_ADMIN\nmutation {\n  registerEmployer { x }\n}\n", "# Caller: EMPLOYER_ADMIN\nmutation RegisterEmployerAsEmployerAdmin {\n  registerEmployer { x }\n}\n")]
    [InlineData("# Caller: PARTNER\nquery($n: Int) { skills(first: $n) { totalCount } }", "# Caller: PARTNER\nquery SkillsAsPartner($n: Int) { skills(first: $n) { totalCount } }")]
    [InlineData("# Caller: PARTNER\nquery Named { skills { totalCount } }", "# Caller: PARTNER\nquery Named { skills { totalCount } }")]
    [InlineData("# Caller: PARTNER\n{ not valid", "# Caller: PARTNER\n{ not valid")]
    public void An_anonymous_operation_is_named_after_its_root_field_and_caller(string document, string expected)
    {
        var caller = document.Split('\n')[0]["# Caller: ".Length..];

        Assert.Equal(expected, ReadmeExamples.WithOperationName(new ReadmeExample(caller, document), new HashSet<string>()));
    }

    [Fact]
    public void A_name_already_taken_gets_a_number()
    {
        var taken = new HashSet<string>();
        var example = new ReadmeExample("ORGANISER", "# Caller: ORGANISER\n{ mentors { totalCount } }");

        Assert.Contains("query MentorsAsOrganiser {", ReadmeExamples.WithOperationName(example, taken), StringComparison.Ordinal);
        Assert.Contains("query MentorsAsOrganiser2 {", ReadmeExamples.WithOperationName(example, taken), StringComparison.Ordinal);
    }
}
