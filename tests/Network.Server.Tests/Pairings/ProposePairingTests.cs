using Microsoft.EntityFrameworkCore;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Pairings;

public sealed class ProposePairingTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Errors = """
        ... on InvalidIdError { field }
        ... on MentorNotFoundError { mentorId }
        ... on MentorWithdrawnError { mentorId }
        ... on SameEmployerError { mentorId partnerId }
        ... on PairingAlreadyOpenError { pairingId }
        ... on NoCommonFormatError { format }
        ... on PairingNotEligibleError { reason }
        """;

    private readonly PairingKit _kit = new(app);

    [Fact]
    public async Task Two_mentors_of_one_employer_cannot_be_paired()
    {
        var employer = await _kit.EmployerAsync();
        var ayo = await _kit.MentorAsync(employer);
        var colleague = await _kit.MentorAsync(employer);

        var payload = await _kit.ProposeAsync(TestCallers.Admin, ayo, colleague, errors: Errors);

        var error = PairingKit.SingleError(payload, "SameEmployerError");
        Assert.Equal((PairingKit.Id(ayo), PairingKit.Id(colleague)), (error["mentorId"]!.GetValue<string>(), error["partnerId"]!.GetValue<string>()));
        Assert.Equal(0, await CountAsync(ayo));
    }

    [Fact]
    public async Task A_mentor_cannot_be_paired_with_themself()
    {
        var (ayo, _) = await _kit.PairAsync();

        var payload = await _kit.ProposeAsync(TestCallers.Mentor(ayo.Id), ayo, ayo, errors: Errors);

        Assert.Contains("themself", PairingKit.SingleError(payload, "SameEmployerError")["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawn_mentor_cannot_be_paired()
    {
        var ayo = await _kit.MentorAsync(await _kit.EmployerAsync());
        var gone = await _kit.MentorAsync(await _kit.EmployerAsync(), status: MentorStatus.Withdrawn);

        var payload = await _kit.ProposeAsync(TestCallers.Mentor(ayo.Id), ayo, gone, errors: Errors);

        Assert.Equal(PairingKit.Id(gone), PairingKit.SingleError(payload, "MentorWithdrawnError")["mentorId"]!.GetValue<string>());
        Assert.Equal(0, await CountAsync(ayo));
    }

    [Fact]
    public async Task A_mentor_who_does_not_exist_is_reported()
    {
        var ayo = await _kit.MentorAsync(await _kit.EmployerAsync());
        var missing = TestData.Id("Mentor", 999_999);

        var payload = await _kit.MutateAsync("proposePairing", TestCallers.Mentor(ayo.Id),
            new() { ["mentorId"] = PairingKit.Id(ayo), ["partnerId"] = missing }, Errors);

        Assert.Equal(missing, PairingKit.SingleError(payload, "MentorNotFoundError")["mentorId"]!.GetValue<string>());
    }

    [Fact]
    public async Task IDs_of_the_wrong_type_are_reported_for_each_field()
    {
        var employer = await _kit.EmployerAsync();

        var payload = await _kit.MutateAsync("proposePairing", TestCallers.Admin,
            new() { ["mentorId"] = TestData.Id("Employer", employer.Id), ["partnerId"] = "nonsense" }, Errors);

        Assert.Null(payload["pairing"]);
        Assert.Equal(["mentorId", "partnerId"], payload["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Two_mentors_have_at_most_one_open_pairing()
    {
        var (ayo, bea) = await _kit.PairAsync();
        var first = await _kit.ProposedAsync(ayo, bea);

        var again = await _kit.ProposeAsync(TestCallers.Mentor(bea.Id), bea, ayo, errors: Errors);
        Assert.Equal(first, PairingKit.SingleError(again, "PairingAlreadyOpenError")["pairingId"]!.GetValue<string>());

        await _kit.AcceptAsync(TestCallers.Admin, first);
        await _kit.ActivateAsync(TestCallers.Admin, first);
        var whileActive = await _kit.ProposeAsync(TestCallers.Admin, ayo, bea, errors: Errors);
        PairingKit.SingleError(whileActive, "PairingAlreadyOpenError");

        await _kit.CompleteAsync(TestCallers.Admin, first);
        Assert.Null((await _kit.ProposeAsync(TestCallers.Admin, ayo, bea))["errors"]);
        Assert.Equal(2, await CountAsync(ayo));
    }

    [Fact]
    public async Task Concurrent_proposals_of_the_same_two_mentors_make_one_pairing()
    {
        var (ayo, bea) = await _kit.PairAsync();

        var payloads = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            i % 2 == 0 ? _kit.ProposeAsync(TestCallers.Admin, ayo, bea, errors: Errors) : _kit.ProposeAsync(TestCallers.Admin, bea, ayo, errors: Errors)));

        Assert.Single(payloads, p => p["pairing"] is not null);
        Assert.All(payloads.Where(p => p["pairing"] is null), p => PairingKit.SingleError(p, "PairingAlreadyOpenError"));
        Assert.Equal(1, await CountAsync(ayo));
    }

    [Fact]
    public async Task Mentors_who_meet_only_online_and_only_in_person_have_no_common_format()
    {
        var online = await _kit.MentorAsync(await _kit.EmployerAsync(), format: MentoringFormat.Online);
        var inPerson = await _kit.MentorAsync(await _kit.EmployerAsync(), format: MentoringFormat.InPerson);

        var payload = await _kit.ProposeAsync(TestCallers.Admin, online, inPerson, errors: Errors);

        var error = PairingKit.SingleError(payload, "NoCommonFormatError");
        Assert.Null(error["format"]);
    }

    [Fact]
    public async Task A_format_asked_for_must_suit_both_mentors()
    {
        var online = await _kit.MentorAsync(await _kit.EmployerAsync(), format: MentoringFormat.Online);
        var hybrid = await _kit.MentorAsync(await _kit.EmployerAsync(), format: MentoringFormat.Hybrid);

        var refused = await _kit.ProposeAsync(TestCallers.Admin, online, hybrid, "IN_PERSON", Errors);
        Assert.Equal("IN_PERSON", PairingKit.SingleError(refused, "NoCommonFormatError")["format"]!.GetValue<string>());

        var accepted = await _kit.ProposeAsync(TestCallers.Admin, online, hybrid, "ONLINE", Errors);
        Assert.Equal("ONLINE", accepted["pairing"]!["format"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mentors_far_apart_meet_online_when_both_are_hybrid()
    {
        var birmingham = await _kit.MentorAsync(await _kit.EmployerAsync(postcode: "B1 1AA"));
        var coventry = await _kit.MentorAsync(await _kit.EmployerAsync(postcode: "CV1 2JH"));

        var hybrid = await _kit.ProposeAsync(TestCallers.Admin, birmingham, coventry, "HYBRID", Errors);
        var payload = await _kit.ProposeAsync(TestCallers.Admin, birmingham, coventry, errors: Errors);

        Assert.Equal("HYBRID", PairingKit.SingleError(hybrid, "NoCommonFormatError")["format"]!.GetValue<string>());
        Assert.Equal("ONLINE", payload["pairing"]!["format"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mentors_with_nothing_to_teach_each_other_are_not_eligible()
    {
        var ayo = await _kit.MentorAsync(await _kit.EmployerAsync(), ["cybersecurity"], ["budget-planning"]);
        var bea = await _kit.MentorAsync(await _kit.EmployerAsync(), ["cloud-computing"], ["project-management"]);

        var payload = await _kit.ProposeAsync(TestCallers.Admin, ayo, bea, errors: Errors);

        Assert.Contains("teach", PairingKit.SingleError(payload, "PairingNotEligibleError")["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_skills_that_address_a_published_gap_are_marked()
    {
        var (ayo, bea) = await _kit.PairAsync();
        await new TestData(app).GapAsync(await app.FindAsync<Network.Server.Employers.Employer>(bea.EmployerId), "artificial-intelligence");

        var payload = await _kit.ProposeAsync(TestCallers.Admin, ayo, bea);

        var teaches = payload["pairing"]!["participants"]![0]!["teaches"]![0]!;
        Assert.True(teaches["addressesGap"]!.GetValue<bool>());
        Assert.False(payload["pairing"]!["participants"]![1]!["teaches"]![0]!["addressesGap"]!.GetValue<bool>());
    }

    private async Task<int> CountAsync(Mentor mentor)
    {
        await using var db = app.CreateDbContext();
        return await db.Pairings.CountAsync(p => p.MentorAId == mentor.Id || p.MentorBId == mentor.Id);
    }
}
