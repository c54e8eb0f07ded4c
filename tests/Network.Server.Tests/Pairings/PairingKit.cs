using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Pairings;

/// <summary>Employers, mentors and pairing mutations for the pairing tests, each call with fresh, uniquely named rows.</summary>
public sealed class PairingKit(NetworkApp app)
{
    public const string PairingSelection = """
        id status format score acceptedAt activatedAt completedAt declinedAt endedAt declineReason declinedByRoles endReason endNote proposedByRoles
        pausedAt isPaused
        participants { mentor { id } employer { id } accepted mentorAcceptedAt employerApprovalRequired employerApprovedAt teaches { skill { slug } addressesGap } }
        history { type fromStatus toStatus mentor { id } actorRoles note }
        """;

    private static readonly Dictionary<string, string> InputTypes = new()
    {
        ["proposePairing"] = "ProposePairingInput",
        ["acceptPairing"] = "AcceptPairingInput",
        ["declinePairing"] = "DeclinePairingInput",
        ["activatePairing"] = "ActivatePairingInput",
        ["completePairing"] = "CompletePairingInput",
        ["endPairing"] = "EndPairingInput",
        ["pausePairing"] = "PausePairingInput",
        ["resumePairing"] = "ResumePairingInput",
    };

    private readonly TestData _data = new(app);

    public NetworkApp App => app;

    public static string Id(Mentor mentor) => TestData.Id("Mentor", mentor.Id);

    public static int Key(string pairingId) => GlobalId.TryParse(pairingId, "Pairing") ?? throw new InvalidOperationException($"'{pairingId}' is not a Pairing ID.");

    public async Task<Employer> EmployerAsync(bool requiresApproval = false, string postcode = "B1 1AA")
    {
        var employer = await _data.EmployerAsync($"Pairing Works {Guid.NewGuid().ToString("N")[..8]}", Sector.IctDigital, postcode);
        if (requiresApproval)
        {
            await using var db = app.CreateDbContext();
            db.Attach(employer);
            employer.RequiresPairingApproval = true;
            await db.SaveChangesAsync();
        }

        return employer;
    }

    /// <summary>A mentor who teaches <paramref name="offers"/> and wants <paramref name="wants"/>; the defaults make any two of them a two-way pair.</summary>
    public Task<Mentor> MentorAsync(
        Employer employer, string[]? offers = null, string[]? wants = null, int capacity = 3, MentoringFormat format = MentoringFormat.Hybrid,
        CareerStage stage = CareerStage.Mid, MentorStatus status = MentorStatus.Active) =>
        _data.MentorAsync(employer, $"Mentor {Guid.NewGuid().ToString("N")[..8]}", stage, offers ?? ["cybersecurity"], wants ?? ["cybersecurity"],
            format, capacity, status: status);

    /// <summary>Two mentors of two employers; the first teaches AI and wants budget planning, the second the reverse.</summary>
    public async Task<(Mentor First, Mentor Second)> PairAsync(bool firstRequiresApproval = false, bool secondRequiresApproval = false, int capacity = 3)
    {
        var first = await MentorAsync(await EmployerAsync(firstRequiresApproval), ["artificial-intelligence"], ["budget-planning"], capacity, stage: CareerStage.Early);
        var second = await MentorAsync(await EmployerAsync(secondRequiresApproval), ["budget-planning"], ["artificial-intelligence"], capacity, stage: CareerStage.Senior);
        return (first, second);
    }

    public Task<JsonNode> ProposeAsync(Caller caller, Mentor mentor, Mentor partner, string? format = null, string errors = "") =>
        MutateAsync("proposePairing", caller, new JsonObject { ["mentorId"] = Id(mentor), ["partnerId"] = Id(partner), ["format"] = format }, errors);

    /// <summary>Proposes as an administrator and returns the new pairing's ID, failing the test on any error.</summary>
    public async Task<string> ProposedAsync(Mentor mentor, Mentor partner, Caller? caller = null)
    {
        var payload = await ProposeAsync(caller ?? TestCallers.Admin, mentor, partner);
        Assert.Null(payload["errors"]);
        return payload["pairing"]!["id"]!.GetValue<string>();
    }

    public Task<JsonNode> AcceptAsync(Caller caller, string pairingId, string errors = "") =>
        MutateAsync("acceptPairing", caller, new JsonObject { ["pairingId"] = pairingId }, errors);

    public Task<JsonNode> DeclineAsync(Caller caller, string pairingId, string? reason = null, string errors = "") =>
        MutateAsync("declinePairing", caller, new JsonObject { ["pairingId"] = pairingId, ["reason"] = reason }, errors);

    public Task<JsonNode> ActivateAsync(Caller caller, string pairingId, string errors = "") =>
        MutateAsync("activatePairing", caller, new JsonObject { ["pairingId"] = pairingId }, errors);

    public Task<JsonNode> CompleteAsync(Caller caller, string pairingId, string errors = "") =>
        MutateAsync("completePairing", caller, new JsonObject { ["pairingId"] = pairingId }, errors);

    public Task<JsonNode> EndAsync(Caller caller, string pairingId, string reason = "SCHEDULING", string? note = null, string errors = "") =>
        MutateAsync("endPairing", caller, new JsonObject { ["pairingId"] = pairingId, ["reason"] = reason, ["note"] = note }, errors);

    public Task<JsonNode> PauseAsync(Caller caller, string pairingId, string? note = null, string errors = "") =>
        MutateAsync("pausePairing", caller, new JsonObject { ["pairingId"] = pairingId, ["note"] = note }, errors);

    public Task<JsonNode> ResumeAsync(Caller caller, string pairingId, string? note = null, string errors = "") =>
        MutateAsync("resumePairing", caller, new JsonObject { ["pairingId"] = pairingId, ["note"] = note }, errors);

    /// <summary>Sends blockMentor or unblockMentor; the payload holds the mentor with the mentors they block.</summary>
    public async Task<JsonNode> BlockMutationAsync(string mutation, Caller caller, string mentorId, string blockedMentorId, string errors = "")
    {
        var document = $$"""
            mutation($input: {{char.ToUpperInvariant(mutation[0]) + mutation[1..]}}Input!) {
              {{mutation}}(input: $input) {
                mentor { id blockedMentors { id } }
                errors { __typename ... on Error { message } {{errors}} }
              }
            }
            """;
        var data = await app.CreateGraphQLClient(caller).QueryAsync(document, new { input = new { mentorId, blockedMentorId } });
        return data[mutation]!;
    }

    public Task<JsonNode> BlockAsync(Caller caller, Mentor mentor, Mentor blocked, string errors = "") =>
        BlockMutationAsync("blockMentor", caller, Id(mentor), Id(blocked), errors);

    public Task<JsonNode> UnblockAsync(Caller caller, Mentor mentor, Mentor blocked, string errors = "") =>
        BlockMutationAsync("unblockMentor", caller, Id(mentor), Id(blocked), errors);

    /// <summary>The mentor blocks the other themself, failing the test on any error.</summary>
    public async Task BlockedAsync(Mentor mentor, Mentor blocked)
    {
        var payload = await BlockAsync(TestCallers.Mentor(mentor.Id), mentor, blocked);
        Assert.Null(payload["errors"]);
    }

    /// <summary>Sends a pairing mutation; a refusal must come in the payload, so any GraphQL error fails the test.</summary>
    public async Task<JsonNode> MutateAsync(string mutation, Caller caller, JsonObject input, string errors = "")
    {
        var document = $$"""
            mutation($input: {{InputTypes[mutation]}}!) {
              {{mutation}}(input: $input) {
                pairing { {{PairingSelection}} }
                errors { __typename ... on Error { message } {{errors}} }
              }
            }
            """;
        var data = await app.CreateGraphQLClient(caller).QueryAsync(document, new { input });
        return data[mutation]!;
    }

    /// <summary>Proposes as the first mentor and accepts as the second: an ACCEPTED pairing's ID.</summary>
    public async Task<string> AcceptedAsync(Mentor first, Mentor second)
    {
        var id = await ProposedAsync(first, second, TestCallers.Mentor(first.Id));
        var accepted = await AcceptAsync(TestCallers.Mentor(second.Id), id);
        Assert.Null(accepted["errors"]);
        Assert.Equal("ACCEPTED", accepted["pairing"]!["status"]!.GetValue<string>());
        return id;
    }

    /// <summary>An ACCEPTED pairing made ACTIVE, and PAUSED too when asked, by a coordinator: its ID.</summary>
    public async Task<string> ActiveAsync(Mentor first, Mentor second, bool paused = false)
    {
        var id = await AcceptedAsync(first, second);
        Assert.Null((await ActivateAsync(TestCallers.Coordinator, id))["errors"]);
        if (paused)
        {
            Assert.Null((await PauseAsync(TestCallers.Coordinator, id, "A concern is being looked into."))["errors"]);
        }

        return id;
    }

    public async Task<Pairing> RowAsync(string pairingId)
    {
        await using var db = app.CreateDbContext();
        return await db.Pairings.AsNoTracking().Include(p => p.Events.OrderBy(e => e.Id)).Include(p => p.Skills).SingleAsync(p => p.Id == Key(pairingId));
    }

    public static JsonNode SingleError(JsonNode payload, string typeName)
    {
        Assert.Null(payload["pairing"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(typeName, error["__typename"]!.GetValue<string>());
        return error;
    }

    public static string[] History(JsonNode pairing) =>
        [.. pairing["history"]!.AsArray().Select(e => $"{e!["type"]} {e["fromStatus"]?.GetValue<string>() ?? "-"}→{e["toStatus"]}")];
}
