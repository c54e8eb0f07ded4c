using Network.Client.Generator;
using Network.Server.Tests.Schema;

namespace Network.Server.Tests.ClientSdk;

/// <summary>Operations the schema does not allow are refused before any code is written, each problem with its file, line and column.</summary>
public sealed class GeneratorDiagnosticTests
{
    private static readonly string Schema = File.ReadAllText(Path.Combine(SchemaTests.RepositoryRoot(), "schema", "schema.graphql"));

    [Theory]
    [InlineData(
        "query Gaps {\n  skillsGaps {\n    nodes { id headcount }\n  }\n}\n",
        3, 16, "Cannot query field 'headcount' on type 'SkillsGap'.")]
    [InlineData(
        "query Gaps {\n  skillsGaps(first: \"ten\") { totalCount }\n}\n",
        2, 14, "Argument 'first' has invalid value. Expected type 'Int', found \"ten\".")]
    [InlineData(
        "query Matches {\n  mentorMatches(mentorId: $mentor) { score }\n}\n",
        2, 27, "Variable '$mentor' is not defined by operation 'Matches'.")]
    [InlineData(
        "query Gaps($first: String) {\n  skillsGaps(first: $first) { totalCount }\n}\n",
        1, 12, "Variable '$first' of type 'String' used in position expecting type 'Int'.")]
    [InlineData(
        "{\n  skills { totalCount }\n}\n",
        1, 1, "Every operation needs a name: the client's method is named after it.")]
    [InlineData(
        "query Gaps {\n  skillsGaps { totalCount\n}\n",
        3, 3, "Expected Name, found EOF")]
    public void A_problem_is_reported_at_its_file_and_line(string operation, int line, int column, string message)
    {
        var sources = new OperationSources([new SourceFile("First.graphql", "query Fine { me { roles } }\n"), new SourceFile("Team/Broken.graphql", operation)]);

        var error = Assert.Throws<GenerationException>(() => OperationValidator.ParseAndValidate(Schema, sources));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("Team/Broken.graphql", line, column), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.StartsWith(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Matches(@"^Team/Broken\.graphql\(\d+,\d+\): error [A-Z]+\d+: ", diagnostic.ToString());
    }

    [Fact]
    public void A_fragment_of_one_file_can_be_used_in_another()
    {
        var sources = new OperationSources(
        [
            new SourceFile("Fragments.graphql", "fragment SkillName on Skill { slug name }\n"),
            new SourceFile("Skills.graphql", "query SkillNames {\n  skills { nodes { ...SkillName } }\n}\n"),
        ]);

        var document = OperationValidator.ParseAndValidate(Schema, sources);
        var code = new CSharpGenerator(SchemaModel.Parse(Schema), document, new GeneratorOptions("Team.Client", "TeamClient", "Network.Client")).Generate();

        var persisted = Assert.Single(code.Documents);
        Assert.Equal("SkillNames", persisted.Name);
        Assert.Contains("fragment SkillName on Skill", persisted.Text, StringComparison.Ordinal);
        Assert.Contains("fragment SkillName on Skill {\n  id\n  slug\n  name\n}", persisted.Text, StringComparison.Ordinal);
        Assert.Contains("public sealed partial record SkillNames_Skills_Nodes(string Id, string Slug, string Name) : ISkillName", code.Code, StringComparison.Ordinal);
        Assert.Contains("public partial interface ISkillName", code.Code, StringComparison.Ordinal);

        // A consumer's client uses the SDK's enums and input types rather than generating its own.
        Assert.DoesNotContain("public enum Sector", code.Code, StringComparison.Ordinal);
    }
}
