using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Webinars;

/// <summary>Webinars found by their topic skills and sectors, with the list operations every list filter has.</summary>
public sealed class WebinarTopicFilterTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Query = """
        query($where: WebinarFilterInput) { webinars(first: 50, where: $where, order: [{ title: ASC }]) { nodes { title } } }
        """;

    [Fact]
    public async Task Webinars_are_found_by_topic_skill_and_by_sector()
    {
        var api = new WebinarApi(app);
        await api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Topics cyber and data"));
        await api.PublishedAsync(TestCallers.Organiser, WebinarApi.InPerson("Topics project management", "WV1 1AA"));
        var cyber = TestData.SkillId("cybersecurity");
        var projects = TestData.SkillId("project-management");
        var ai = TestData.SkillId("artificial-intelligence");

        async Task<List<string>> Titles(object where) =>
            [.. (await app.CreateGraphQLClient(TestCallers.Anonymous).QueryAsync(Query, new { where }))["webinars"]!["nodes"]!.AsArray()
                .Select(n => n!["title"]!.GetValue<string>()).Where(t => t.StartsWith("Topics", StringComparison.Ordinal))];

        Assert.Equal(["Topics cyber and data"], await Titles(new { topicSkillIds = new { some = new { eq = cyber } } }));
        Assert.Equal(["Topics cyber and data", "Topics project management"], await Titles(new { topicSkillIds = new { some = new { @in = new[] { cyber, projects } } } }));
        Assert.Equal(["Topics project management"], await Titles(new { topicSkillIds = new { none = new { eq = cyber } } }));
        Assert.Empty(await Titles(new { topicSkillIds = new { some = new { eq = ai } } }));
        Assert.Equal(["Topics project management"], await Titles(new { sectors = new { some = new { eq = "CONSTRUCTION" } }, topicSkillIds = new { any = true } }));

        var wrongType = await app.CreateGraphQLClient(TestCallers.Anonymous).PostAsync(Query, new { where = new { topicSkillIds = new { some = new { eq = TestData.Id("Mentor", 1) } } } });
        Assert.NotNull(wrongType.Errors);
    }
}
