using Network.Client.Tool.Compatibility;
using Network.Server.Tests.Schema;

namespace Network.Server.Tests.ClientSdk.Tool;

/// <summary>Each rule of the comparer, as graphql-inspector classifies the change: one edit of a small schema, one change reported.</summary>
public sealed class SchemaComparerTests
{
    private const string Before = """
        schema { query: Query }

        directive @cost(weight: String!) on FIELD_DEFINITION | OBJECT

        type Query {
          mentor(id: ID!, first: Int = 10): Mentor
        }

        interface Node { id: ID! }

        type Mentor implements Node {
          id: ID!
          email: String
          name: String!
          tags: [String]
          status: Status
        }

        type Employer { id: ID! }

        enum Status { ACTIVE PAUSED }

        union Role = Mentor | Employer

        input MentorInput {
          name: String!
          email: String
          size: Int = 1
        }
        """;

    [Theory]
    [InlineData("type Employer { id: ID! }", "", "Type 'Employer' was removed (breaking)")]
    [InlineData("enum Status { ACTIVE PAUSED }", "input Status { active: Boolean }", "'Status' kind changed from 'ENUM' to 'INPUT_OBJECT' (breaking)")]
    [InlineData("  email: String\n  name: String!", "  name: String!", "Field 'Mentor.email' was removed (breaking)")]
    [InlineData("  name: String!\n  tags", "  name: String\n  tags", "Field 'Mentor.name' changed type from 'String!' to 'String' (breaking)")]
    [InlineData("  email: String\n  name", "  email: Int\n  name", "Field 'Mentor.email' changed type from 'String' to 'Int' (breaking)")]
    [InlineData("tags: [String]", "tags: String", "Field 'Mentor.tags' changed type from '[String]' to 'String' (breaking)")]
    [InlineData("type Mentor implements Node {", "type Mentor {", "'Mentor' no longer implements interface 'Node' (breaking)")]
    [InlineData("mentor(id: ID!, first: Int = 10)", "mentor(first: Int = 10)", "Argument 'id' was removed from field 'Query.mentor' (breaking)")]
    [InlineData("first: Int = 10)", "first: Int = 10, near: String!)", "Required argument 'near: String!' was added to field 'Query.mentor' (breaking)")]
    [InlineData("first: Int = 10)", "first: Int! = 10)", "Argument 'first' on field 'Query.mentor' changed type from 'Int' to 'Int!' (breaking)")]
    [InlineData("mentor(id: ID!", "mentor(id: String!", "Argument 'id' on field 'Query.mentor' changed type from 'ID!' to 'String!' (breaking)")]
    [InlineData("  email: String\n  size", "  size", "Input field 'MentorInput.email' was removed (breaking)")]
    [InlineData("  email: String\n  size", "  email: String!\n  size", "Input field 'MentorInput.email' changed type from 'String' to 'String!' (breaking)")]
    [InlineData("size: Int = 1\n", "size: Int = 1\n  region: String!\n", "Required input field 'MentorInput.region: String!' was added (breaking)")]
    [InlineData("enum Status { ACTIVE PAUSED }", "enum Status { ACTIVE }", "Enum value 'PAUSED' was removed from enum 'Status' (breaking)")]
    [InlineData("union Role = Mentor | Employer", "union Role = Employer", "Member 'Mentor' was removed from union type 'Role' (breaking)")]
    [InlineData("directive @cost(weight: String!) on FIELD_DEFINITION | OBJECT", "", "Directive 'cost' was removed (breaking)")]
    [InlineData("on FIELD_DEFINITION | OBJECT", "on FIELD_DEFINITION", "Location 'OBJECT' was removed from directive 'cost' (breaking)")]
    [InlineData("schema { query: Query }", "schema { query: Mentor }", "Schema query root type changed from 'Query' to 'Mentor' (breaking)")]
    [InlineData("enum Status { ACTIVE PAUSED }", "enum Status { ACTIVE PAUSED ENDED }", "Enum value 'ENDED' was added to enum 'Status' (dangerous)")]
    [InlineData("union Role = Mentor | Employer", "union Role = Mentor | Employer | Query", "Member 'Query' was added to union type 'Role' (dangerous)")]
    [InlineData("type Employer {", "type Employer implements Node {", "'Employer' implements new interface 'Node' (dangerous)")]
    [InlineData("first: Int = 10)", "first: Int = 20)", "Argument 'first' on field 'Query.mentor' changed default value from '10' to '20' (dangerous)")]
    [InlineData("size: Int = 1", "size: Int", "Input field 'MentorInput.size' changed default value from '1' to 'none' (dangerous)")]
    [InlineData("type Employer {", "type Skill { slug: String! }\ntype Employer {", "Type 'Skill' was added (safe)")]
    [InlineData("  email: String\n  name", "  email: String\n  phone: String\n  name", "Field 'Mentor.phone' was added (safe)")]
    [InlineData("  email: String\n  name", "  email: String!\n  name", "Field 'Mentor.email' changed type from 'String' to 'String!' (safe)")]
    [InlineData("first: Int = 10)", "first: Int = 10, after: String)", "Argument 'after: String' was added to field 'Query.mentor' (safe)")]
    [InlineData("mentor(id: ID!", "mentor(id: ID", "Argument 'id' on field 'Query.mentor' changed type from 'ID!' to 'ID' (safe)")]
    [InlineData("size: Int = 1\n", "size: Int = 1\n  region: String\n", "Input field 'MentorInput.region: String' was added (safe)")]
    [InlineData("size: Int = 1\n", "size: Int = 1\n  sector: String! = \"ICT\"\n", "Input field 'MentorInput.sector: String!' was added (safe)")]
    [InlineData("  name: String!\n  email: String\n  size", "  name: String! @deprecated(reason: \"Use another\")\n  email: String\n  size", "Input field 'MentorInput.name' is deprecated (safe)")]
    [InlineData("on FIELD_DEFINITION | OBJECT", "on FIELD_DEFINITION | OBJECT | SCALAR", "Location 'SCALAR' was added to directive 'cost' (safe)")]
    public void A_change_is_classified_as_graphql_inspector_does(string replaced, string replacement, params string[] expected)
    {
        var after = Before.Replace(replaced, replacement, StringComparison.Ordinal);
        Assert.NotEqual(Before, after);

        var changes = SchemaComparer.Compare(Before, after);

        Assert.Equal(expected, changes.Select(c => c.ToString()));
    }

    [Fact]
    public void A_schema_compared_with_itself_has_no_changes()
    {
        var schema = File.ReadAllText(Path.Combine(SchemaTests.RepositoryRoot(), "schema", "schema.graphql"));

        Assert.Empty(SchemaComparer.Compare(schema, schema));
    }

    [Fact]
    public void Changes_have_a_code_for_each_class()
    {
        var changes = SchemaComparer.Compare(Before, Before.Replace("enum Status { ACTIVE PAUSED }", "enum Status { ACTIVE ENDED }", StringComparison.Ordinal));

        Assert.Equal(["NCT0001 Enum value 'PAUSED' was removed from enum 'Status' (breaking)", "NCT0002 Enum value 'ENDED' was added to enum 'Status' (dangerous)"], changes.Select(c => $"{c.Code} {c}"));
    }
}
