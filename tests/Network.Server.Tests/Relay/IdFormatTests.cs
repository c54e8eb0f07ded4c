using System.Text;
using Network.Server.GraphQL.Relay;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Relay;

/// <summary>
/// IDs are read in every form HotChocolate reads: standard or URL-safe base64, padded or not, of
/// <c>Type:key</c> (HotChocolate 14 and 15) or <c>Type\ni42</c> (HotChocolate 13); they are written in one.
/// </summary>
public sealed class IdFormatTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    // Type names of the schema encode without '+' or '/', so "Node>>" stands in for one that does: each form then differs.
    [Theory]
    [InlineData("Node>>:1")]
    [InlineData("Node>>\ni1")]
    [InlineData("Node>>\nl1")]
    public void Every_form_of_an_id_reads_as_its_type_and_key(string text)
    {
        var standard = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        var urlSafe = standard.Replace('+', '-').Replace('/', '_');

        foreach (var id in new[] { standard, standard.TrimEnd('='), urlSafe, urlSafe.TrimEnd('=') })
        {
            Assert.True(GlobalId.TryDeserialize(id, out var type, out var key), id);
            Assert.Equal(("Node>>", 1), (type, key));
        }
    }

    [Theory]
    [InlineData("Skill")]
    [InlineData("Skill:")]
    [InlineData("Skill:0")]
    [InlineData("Skill:-4")]
    [InlineData("Skill\n42")]
    [InlineData("Skill\nx42")]
    [InlineData("Skill\ni")]
    [InlineData(":42")]
    public void Malformed_ids_are_refused(string text)
    {
        Assert.False(GlobalId.TryDeserialize(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)), out _, out _));
        Assert.False(GlobalId.TryDeserialize("not base64 at all!", out _, out _));
    }

    [Fact]
    public async Task Node_reads_every_form_and_answers_with_the_canonical_id()
    {
        var key = TestData.Skill("cybersecurity");
        var canonical = TestData.Id("Skill", key);
        string[] forms =
        [
            canonical.TrimEnd('='),
            canonical.Replace('+', '-').Replace('/', '_'),
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"Skill\ni{key}")),
        ];

        foreach (var id in forms)
        {
            var data = await app.CreateGraphQLClient().QueryAsync("query($id: ID!) { node(id: $id) { id ... on Skill { slug } } }", new { id });

            Assert.Equal(canonical, data["node"]!["id"]!.GetValue<string>());
            Assert.Equal("cybersecurity", data["node"]!["slug"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Filters_and_mutations_read_the_other_forms_too()
    {
        var urlSafe = TestData.Id("Skill", TestData.Skill("cybersecurity")).Replace('+', '-').Replace('/', '_').TrimEnd('=');

        var data = await app.CreateGraphQLClient().QueryAsync("query($id: ID!) { skills(where: { id: { eq: $id } }) { nodes { slug } } }", new { id = urlSafe });

        Assert.Equal("cybersecurity", data["skills"]!["nodes"]![0]!["slug"]!.GetValue<string>());
        Assert.Contains(SkillCatalogue.All, s => s.Slug == "cybersecurity");
    }
}
