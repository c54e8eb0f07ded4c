using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Client;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.ClientSdk;

/// <summary>
/// Every operation the SDK ships, called through its generated client against the real server and the
/// demo network, as the caller each is written for: typed data, typed payload errors, GraphQL errors
/// and transport errors.
/// </summary>
public sealed class ShippedOperationTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    private const string FirstMentor = "TWVudG9yOjE=";

    private static readonly NearInput NearCoventry = new() { Origin = new PlaceInput { Postcode = "CV1" }, RadiusKm = 15 };

    public Task InitializeAsync() => app.SeedOnceAsync(_ => app.SeedDemoNetworkAsync());

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_partner_reads_gaps_by_area_and_sector_with_typed_enums()
    {
        var client = SdkClients.Create(app, TestCallers.Partner);

        var result = await client.GapsByArea.ExecuteAsync(
            NearCoventry, new SkillsGapFilterInput { Sector = new SectorOperationFilterInput { Eq = Sector.IctDigital } }, first: 20);

        var gaps = result.EnsureNoErrors().SkillsGaps;
        Assert.True(gaps.TotalCount > 0);
        Assert.NotEmpty(gaps.Nodes!);
        Assert.All(gaps.Nodes!, gap =>
        {
            Assert.Equal(Sector.IctDigital, gap.Sector);
            Assert.InRange(gap.DistanceKm!.Value, 0, 15);
            Assert.False(string.IsNullOrEmpty(gap.Employer.LocalAuthority.Name));
        });
        var rank = new Dictionary<SkillsGapSeverity, int> { [SkillsGapSeverity.Critical] = 3, [SkillsGapSeverity.High] = 2, [SkillsGapSeverity.Medium] = 1, [SkillsGapSeverity.Low] = 0 };
        Assert.Equal(gaps.Nodes!.Select(g => rank[g.Severity]).OrderDescending(), gaps.Nodes!.Select(g => rank[g.Severity]));
        Assert.Equal(Math.Min(gaps.TotalCount, 20) < gaps.TotalCount, gaps.PageInfo.HasNextPage);
    }

    [Fact]
    public async Task An_organiser_finds_mentors_with_a_skill_and_employers_with_a_gap_near_a_place()
    {
        var client = SdkClients.Create(app, TestCallers.Organiser);
        var cybersecurity = new SkillFilterInput { Slug = new StringOperationFilterInput { Eq = "cybersecurity" } };

        var mentors = (await client.MentorsNear.ExecuteAsync(
            NearCoventry, new MentorFilterInput { Offers = new ListFilterInputTypeOfOfferedSkillFilterInput { Some = new OfferedSkillFilterInput { Skill = cybersecurity } } })).EnsureNoErrors();
        var employers = (await client.EmployersNear.ExecuteAsync(
            NearCoventry, new EmployerFilterInput { SkillsGaps = new ListFilterInputTypeOfSkillsGapFilterInput { Some = new SkillsGapFilterInput { Skill = cybersecurity } } })).EnsureNoErrors();

        Assert.NotEmpty(mentors.Mentors.Nodes!);
        Assert.All(mentors.Mentors.Nodes!, m => Assert.Contains(m.Offers, o => o.Skill.Slug == "cybersecurity"));
        Assert.Equal(mentors.Mentors.Nodes!.Select(m => m.DistanceKm).Order(), mentors.Mentors.Nodes!.Select(m => m.DistanceKm));
        Assert.NotEmpty(employers.Employers.Nodes!);
        Assert.All(employers.Employers.Nodes!, e => Assert.Contains(e.SkillsGaps!, g => g.Skill.Slug == "cybersecurity"));

        // Without their gaps (@include(if: $withGaps)): the field is left out of the answer and null in the record.
        var names = (await client.EmployersNear.ExecuteAsync(NearCoventry, first: 3, withGaps: false)).EnsureNoErrors();
        Assert.Equal(3, names.Employers.Nodes!.Count);
        Assert.All(names.Employers.Nodes!, e => Assert.Null(e.SkillsGaps));
    }

    [Fact]
    public async Task A_front_end_reads_the_skills_and_the_caller()
    {
        var skills = (await SdkClients.Create(app, TestCallers.Anonymous).Skills.ExecuteAsync()).EnsureNoErrors().Skills;
        var me = (await SdkClients.Create(app, TestCallers.Mentor(1)).Me.ExecuteAsync()).EnsureNoErrors().Me;

        Assert.Equal(skills.TotalCount, skills.Nodes!.Count);
        Assert.Contains(skills.Nodes!, s => s.Slug == "cybersecurity" && s.Category == SkillCategory.Digital);
        Assert.True(me.IsAuthenticated);
        Assert.Equal([Role.Mentor], me.Roles);
        Assert.Equal(FirstMentor, me.Mentor!.Id);
    }

    [Fact]
    public async Task Registering_an_employer_returns_it_or_typed_errors()
    {
        var client = SdkClients.Create(app, TestCallers.UnboundEmployerAdmin);

        var refused = (await client.RegisterEmployer.ExecuteAsync(new RegisterEmployerInput
        {
            Name = "Digbeth Data Works",
            Sector = Sector.IctDigital,
            Size = SizeBand.Micro,
            Postcode = "SW1A 1AA",
        })).EnsureNoErrors().RegisterEmployer;
        var registered = (await client.RegisterEmployer.ExecuteAsync(new RegisterEmployerInput
        {
            Name = "Digbeth Data Works",
            Sector = Sector.IctDigital,
            Size = SizeBand.Micro,
            Postcode = "B5 5RT",
        })).EnsureNoErrors().RegisterEmployer;

        Assert.Null(refused.Employer);
        var outside = Assert.IsType<RegisterEmployer_RegisterEmployer_Errors_PostcodeOutsideRegionError>(Assert.Single(refused.Errors!));
        Assert.Equal("SW1A 1AA", outside.Postcode);
        Assert.Null(registered.Errors);
        Assert.Equal(("Digbeth Data Works", Sector.IctDigital, "E08000025"), (registered.Employer!.Name, registered.Employer.Sector, registered.Employer.LocalAuthority.Code));
    }

    [Fact]
    public async Task An_employer_admin_publishes_a_gap_and_volunteers_a_mentor()
    {
        const string Employer = "RW1wbG95ZXI6MQ==";
        var client = SdkClients.Create(app, TestCallers.EmployerAdmin(1));
        var cloud = await SkillIdAsync("cloud-computing");
        var budget = await SkillIdAsync("budget-planning");

        var tooMany = (await client.PublishSkillsGap.ExecuteAsync(new PublishSkillsGapInput
        {
            EmployerId = Employer,
            SkillId = cloud,
            Severity = SkillsGapSeverity.High,
            HardToFillVacancies = 100_000,
        })).EnsureNoErrors().PublishSkillsGap;
        var published = (await client.PublishSkillsGap.ExecuteAsync(new PublishSkillsGapInput
        {
            EmployerId = Employer,
            SkillId = cloud,
            Severity = SkillsGapSeverity.High,
            HardToFillVacancies = 3,
            Description = "Cloud platform engineers",
        })).EnsureNoErrors().PublishSkillsGap;
        var volunteered = (await client.VolunteerMentor.ExecuteAsync(new VolunteerMentorInput
        {
            EmployerId = Employer,
            DisplayName = "Priya Volunteer",
            CareerStage = CareerStage.Early,
            Capacity = 2,
            Format = MentoringFormat.Hybrid,
            MaxTravelKm = 15,
            Availability = [Availability.WeekdayEvenings],
            Offers = [new MentorSkillInput { SkillId = cloud, Level = SkillLevel.Advanced }],
            Wants = [new MentorSkillInput { SkillId = budget, Level = SkillLevel.Beginner }],
        })).EnsureNoErrors().VolunteerMentor;

        var range = Assert.IsType<PublishSkillsGap_PublishSkillsGap_Errors_OutOfRangeError>(Assert.Single(tooMany.Errors!));
        Assert.Equal("hardToFillVacancies", range.Field);
        Assert.Equal((SkillsGapStatus.Open, 3, "cloud-computing", Employer), (published.SkillsGap!.Status, published.SkillsGap.HardToFillVacancies, published.SkillsGap.Skill.Slug, published.SkillsGap.Employer.Id));
        Assert.Equal(MentorStatus.Active, volunteered.Mentor!.Status);
        Assert.Equal([("cloud-computing", SkillLevel.Advanced)], volunteered.Mentor.Offers.Select(o => (o.Skill.Slug, o.Level)));
    }

    [Fact]
    public async Task Suggestions_lead_to_a_proposal_the_partner_accepts()
    {
        var matches = (await SdkClients.Create(app, TestCallers.Mentor(1)).MentorMatches.ExecuteAsync(FirstMentor, first: 3)).EnsureNoErrors().MentorMatches;
        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.NotEmpty(m.Reasons));
        var partner = matches[0].Partner;

        var proposed = (await SdkClients.Create(app, TestCallers.Mentor(1)).ProposePairing.ExecuteAsync(
            new ProposePairingInput { MentorId = FirstMentor, PartnerId = partner.Id })).EnsureNoErrors().ProposePairing;
        var again = (await SdkClients.Create(app, TestCallers.Mentor(1)).ProposePairing.ExecuteAsync(
            new ProposePairingInput { MentorId = FirstMentor, PartnerId = partner.Id })).EnsureNoErrors().ProposePairing;
        var accepted = (await SdkClients.Create(app, TestCallers.Mentor(Key(partner.Id))).AcceptPairing.ExecuteAsync(
            new AcceptPairingInput { PairingId = proposed.Pairing!.Id })).EnsureNoErrors().AcceptPairing;

        Assert.Equal(PairingStatus.Proposed, proposed.Pairing.Status);
        Assert.Null(proposed.Pairing.Participants.Single(p => p.Mentor.Id == partner.Id).Mentor.Email);
        var open = Assert.IsType<ProposePairing_ProposePairing_Errors_PairingAlreadyOpenError>(Assert.Single(again.Errors!));
        Assert.Equal(proposed.Pairing.Id, open.PairingId);
        Assert.Equal(PairingStatus.Accepted, accepted.Pairing!.Status);
        Assert.NotNull(accepted.Pairing.Participants.Single(p => p.Mentor.Id == FirstMentor).Mentor.Email);
    }

    [Fact]
    public async Task A_refused_request_is_a_GraphQL_error_and_a_server_out_of_reach_a_transport_error()
    {
        var refused = await SdkClients.Create(app, TestCallers.Anonymous).MentorsNear.ExecuteAsync(NearCoventry);
        var unreachable = await SdkClients.Create(new Uri("http://127.0.0.1:9/graphql")).Skills.ExecuteAsync();

        Assert.Null(refused.Data);
        var error = Assert.Single(refused.Errors);
        Assert.Equal((ClientErrorKind.GraphQL, "AUTH_NOT_AUTHENTICATED"), (error.Kind, error.Code));
        Assert.Equal(["mentors"], error.Path!);
        var thrown = Assert.Throws<GraphQLClientException>(() => refused.EnsureNoErrors());
        Assert.Same(error, Assert.Single(thrown.Errors));

        Assert.Null(unreachable.Data);
        var transport = Assert.Single(unreachable.Errors);
        Assert.Equal(ClientErrorKind.Transport, transport.Kind);
        Assert.IsType<HttpRequestException>(transport.Exception);
        Assert.Null(unreachable.StatusCode);
    }

    private static int Key(string mentorId) => Network.Server.GraphQL.Relay.GlobalId.TryParse(mentorId, "Mentor")!.Value;

    private async Task<string> SkillIdAsync(string slug)
    {
        var skills = (await SdkClients.Create(app, TestCallers.Anonymous).Skills.ExecuteAsync(
            new SkillFilterInput { Slug = new StringOperationFilterInput { Eq = slug } })).EnsureNoErrors().Skills;
        return Assert.Single(skills.Nodes!).Id;
    }
}
