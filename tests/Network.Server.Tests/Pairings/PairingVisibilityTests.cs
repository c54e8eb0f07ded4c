using Network.Server.GraphQL.Access;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Pairings;

/// <summary>Who reads pairings, and whose email: a partner's contact details open only while their pairing is ACCEPTED or ACTIVE.</summary>
public sealed class PairingVisibilityTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string MentorEmail = "query($id: ID!) { node(id: $id) { ... on Mentor { email displayName } } }";

    private readonly PairingKit _kit = new(app);

    [Fact]
    public async Task An_accepted_partner_reads_the_other_mentors_email_but_no_other_personal_field()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var id = await _kit.ProposedAsync(ayo, bea, TestCallers.Mentor(ayo.Id));
        Assert.Null(await EmailAsync(TestCallers.Mentor(ayo.Id), bea));
        Assert.Null(await EmailAsync(TestCallers.Mentor(bea.Id), ayo));

        await _kit.AcceptAsync(TestCallers.Mentor(bea.Id), id);

        Assert.Equal(bea.Email, await EmailAsync(TestCallers.Mentor(ayo.Id), bea));
        Assert.Equal(ayo.Email, await EmailAsync(TestCallers.Mentor(bea.Id), ayo));
        var node = (await app.CreateGraphQLClient(TestCallers.Mentor(ayo.Id)).QueryAsync(MentorEmail, new { id = PairingKit.Id(bea) }))["node"]!;
        Assert.Null(node["displayName"]);

        await _kit.ActivateAsync(TestCallers.Mentor(ayo.Id), id);
        Assert.Equal(bea.Email, await EmailAsync(TestCallers.Mentor(ayo.Id), bea));

        // Through the pairing itself too, and for third parties never.
        var data = await app.CreateGraphQLClient(TestCallers.Mentor(ayo.Id)).QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Pairing { participants { mentor { email } } } } }", new { id });
        Assert.Equal([ayo.Email, bea.Email], data["node"]!["participants"]!.AsArray().Select(p => p!["mentor"]!["email"]!.GetValue<string>()));
        var stranger = await _kit.MentorAsync(await _kit.EmployerAsync());
        foreach (var third in new[] { TestCallers.Mentor(stranger.Id), TestCallers.EmployerAdmin(stranger.EmployerId), TestCallers.Coordinator, TestCallers.Organiser })
        {
            Assert.Null(await EmailAsync(third, ayo));
            Assert.Null(await EmailAsync(third, bea));
        }

        // An admin of one side's employer does not gain the other side's email.
        Assert.Null(await EmailAsync(TestCallers.EmployerAdmin(ayo.EmployerId), bea));
    }

    [Fact]
    public async Task A_declined_pairing_opens_no_contact_details()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var id = await _kit.ProposedAsync(ayo, bea, TestCallers.Mentor(ayo.Id));

        await _kit.DeclineAsync(TestCallers.Mentor(bea.Id), id);

        Assert.Null(await EmailAsync(TestCallers.Mentor(ayo.Id), bea));
        Assert.Null(await EmailAsync(TestCallers.Mentor(bea.Id), ayo));
    }

    [Theory]
    [InlineData("ENDED")]
    [InlineData("COMPLETED")]
    public async Task A_pairing_that_is_over_closes_the_contact_details_again(string status)
    {
        var (ayo, bea) = await _kit.PairAsync();
        var id = await _kit.AcceptedAsync(ayo, bea);
        Assert.Equal(bea.Email, await EmailAsync(TestCallers.Mentor(ayo.Id), bea));
        await _kit.ActivateAsync(TestCallers.Admin, id);

        _ = status == "ENDED" ? await _kit.EndAsync(TestCallers.Admin, id) : await _kit.CompleteAsync(TestCallers.Admin, id);

        Assert.Null(await EmailAsync(TestCallers.Mentor(ayo.Id), bea));
    }

    [Fact]
    public async Task Each_caller_lists_the_pairings_they_may_see()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var (cal, dee) = await _kit.PairAsync();
        var ayoBea = await _kit.ProposedAsync(ayo, bea);
        var calDee = await _kit.AcceptedAsync(cal, dee);

        Assert.Equal([ayoBea], await ListAsync(TestCallers.Mentor(ayo.Id)));
        Assert.Equal([ayoBea], await ListAsync(TestCallers.EmployerAdmin(bea.EmployerId)));
        Assert.Equal([calDee], await ListAsync(TestCallers.Mentor(dee.Id)));
        Assert.Equal([calDee], await ListAsync(TestCallers.Mentor(dee.Id), "{ status: { eq: ACCEPTED } }"));
        Assert.Empty(await ListAsync(TestCallers.Mentor(dee.Id), "{ status: { eq: PROPOSED } }"));
        var unrelated = await _kit.MentorAsync(await _kit.EmployerAsync());
        Assert.Empty(await ListAsync(TestCallers.Mentor(unrelated.Id)));
        Assert.Empty(await ListAsync(TestCallers.EmployerAdmin(unrelated.EmployerId)));
        Assert.Empty(await ListAsync(new Caller("test-unbound-mentor", [Role.Mentor])));
        foreach (var all in new[] { TestCallers.Coordinator, TestCallers.Admin })
        {
            var seen = await ListAsync(all, first: 50);
            Assert.Contains(ayoBea, seen);
            Assert.Contains(calDee, seen);
        }
    }

    [Theory]
    [InlineData("anonymous", AccessSchemaVisitor.NotAuthenticatedCode)]
    [InlineData("partner", AccessSchemaVisitor.NotAuthorizedCode)]
    [InlineData("organiser", AccessSchemaVisitor.NotAuthorizedCode)]
    public async Task Anonymous_callers_partners_and_organisers_cannot_read_pairings(string caller, string code)
    {
        var who = caller switch { "anonymous" => TestCallers.Anonymous, "partner" => TestCallers.Partner, _ => TestCallers.Organiser };

        var response = await app.CreateGraphQLClient(who).PostAsync("{ pairings { nodes { id } } }");

        Assert.Equal(code, response.FirstErrorCode);
    }

    [Fact]
    public async Task A_pairing_is_a_node_only_for_those_who_may_see_it_and_a_mentor_lists_their_own()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var id = await _kit.ProposedAsync(ayo, bea);
        var stranger = await _kit.MentorAsync(await _kit.EmployerAsync());
        const string Node = "query($id: ID!) { node(id: $id) { ... on Pairing { id status } } }";

        Assert.Equal(id, (await app.CreateGraphQLClient(TestCallers.Mentor(bea.Id)).QueryAsync(Node, new { id }))["node"]!["id"]!.GetValue<string>());
        Assert.Null((await app.CreateGraphQLClient(TestCallers.Mentor(stranger.Id)).QueryAsync(Node, new { id }))["node"]);

        const string Pairings = "query($id: ID!) { node(id: $id) { ... on Mentor { pairings { id } } } }";
        var own = await app.CreateGraphQLClient(TestCallers.Mentor(ayo.Id)).QueryAsync(Pairings, new { id = PairingKit.Id(ayo) });
        Assert.Equal([id], own["node"]!["pairings"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
        var other = await app.CreateGraphQLClient(TestCallers.Mentor(stranger.Id)).QueryAsync(Pairings, new { id = PairingKit.Id(ayo) });
        Assert.Empty(other["node"]!["pairings"]!.AsArray());
    }

    private async Task<string?> EmailAsync(Caller caller, Mentor mentor)
    {
        var data = await app.CreateGraphQLClient(caller).QueryAsync(MentorEmail, new { id = PairingKit.Id(mentor) });
        return data["node"]?["email"]?.GetValue<string>();
    }

    private async Task<List<string>> ListAsync(Caller caller, string where = "{}", int first = 10)
    {
        var data = await app.CreateGraphQLClient(caller).QueryAsync(
            $$"""query { pairings(first: {{first}}, where: {{where}}, order: [{ proposedAt: DESC }]) { totalCount nodes { id } } }""");
        return [.. data["pairings"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())];
    }
}
