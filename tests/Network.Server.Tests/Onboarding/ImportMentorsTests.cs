using Microsoft.EntityFrameworkCore;
using Network.Server.Auditing;
using Network.Server.Employers;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Onboarding;

public sealed class ImportMentorsTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Header = "externalReference,displayName,email,jobTitle,careerStage,capacity,format,maxTravelKm,postcode,availability,offers,wants";

    [Fact]
    public async Task ImportMentors_creates_the_sample_files_mentors_with_their_references_and_audits_each()
    {
        var employer = await EmployerAsync("Sample Mentors Ltd");

        var report = (await ImportAsync(employer, ImportRequests.Sample("mentors.csv"))).Report();

        Assert.Equal((3, 3, 0, 0, 0), report.Counts());
        Assert.False(report["dryRun"]!.GetValue<bool>());
        Assert.Empty(report.Problems());
        await using var db = app.CreateDbContext();
        var mentors = await db.Mentors.AsNoTracking().Include(m => m.Offers).Include(m => m.Wants)
            .Where(m => m.EmployerId == employer.Id).OrderBy(m => m.ExternalReference).ToListAsync();
        Assert.Equal(["E-1001", "E-1002", "E-1003"], mentors.Select(m => m.ExternalReference));
        var priya = mentors[0];
        Assert.Equal(("Priya Patel", "priya.patel@example.org", CareerStage.Early, 2, MentoringFormat.Hybrid, 15, "CV1"),
            (priya.DisplayName, priya.Email, priya.CareerStage, priya.Capacity, priya.Format, priya.MaxTravelKm, priya.Postcode));
        Assert.Equal([Availability.WeekdayEvenings, Availability.Weekends], priya.Availability);
        Assert.Equal([(TestData.Skill("data-analytics"), SkillLevel.Intermediate), (TestData.Skill("cybersecurity"), SkillLevel.Advanced)],
            priya.Offers.OrderBy(s => s.SkillId).Select(s => (s.SkillId, s.Level)));
        var siobhan = mentors[1];
        Assert.Equal(("O'Neill, Siobhan", "B1", "E08000025"), (siobhan.DisplayName, siobhan.Postcode, siobhan.LocalAuthorityCode));
        Assert.Contains(siobhan.Offers, s => s.SkillId == TestData.Skill("supply-chain-management") && s.Level == SkillLevel.Expert);
        Assert.Null(mentors[2].Email);
        var audited = await db.AuditEntries.AsNoTracking().Where(a => a.Action == "importMentors").Select(a => a.SubjectId).ToListAsync();
        Assert.Superset(mentors.Select(m => m.Id).ToHashSet(), audited.ToHashSet());
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        var employer = await EmployerAsync("Idempotent Industries");
        var csv = ImportRequests.Sample("mentors.csv");
        await ImportAsync(employer, csv);
        var before = await MentorRowsAsync(employer);
        var audits = await AuditCountAsync();

        var report = (await ImportAsync(employer, csv)).Report();

        Assert.Equal((3, 0, 0, 3, 0), report.Counts());
        Assert.Equal(before, await MentorRowsAsync(employer));
        Assert.Equal(audits, await AuditCountAsync());
    }

    [Fact]
    public async Task A_changed_row_updates_its_mentor_and_only_that_one()
    {
        var employer = await EmployerAsync("Changing Rooms Ltd");
        var csv = ImportRequests.Sample("mentors.csv");
        await ImportAsync(employer, csv);
        var changed = csv.Replace("Apprentice engineer,EARLY,3,ONLINE,0,,WEEKDAY_AFTERNOONS,industrial-iot:INTERMEDIATE",
            "Junior engineer,MID,4,ONLINE,0,,WEEKDAY_AFTERNOONS,industrial-iot:ADVANCED", StringComparison.Ordinal);

        var report = (await ImportAsync(employer, changed)).Report();

        Assert.Equal((3, 0, 1, 2, 0), report.Counts());
        await using var db = app.CreateDbContext();
        var tom = await db.Mentors.AsNoTracking().Include(m => m.Offers).SingleAsync(m => m.EmployerId == employer.Id && m.ExternalReference == "E-1003");
        Assert.Equal(("Junior engineer", CareerStage.Mid, 4), (tom.JobTitle, tom.CareerStage, tom.Capacity));
        Assert.Equal([SkillLevel.Advanced], tom.Offers.Select(s => s.Level));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "importMentors" && a.SubjectId == tom.Id && a.OccurredAt > tom.CreatedAt));
    }

    [Fact]
    public async Task A_dry_run_reports_what_it_would_do_and_writes_nothing()
    {
        var employer = await EmployerAsync("Dry Run Dynamics");
        var audits = await AuditCountAsync();

        var report = (await ImportAsync(employer, ImportRequests.Sample("mentors.csv"), dryRun: true)).Report();

        Assert.True(report["dryRun"]!.GetValue<bool>());
        Assert.Equal((3, 3, 0, 0, 0), report.Counts());
        Assert.Empty(await MentorRowsAsync(employer));
        Assert.Equal(audits, await AuditCountAsync());
    }

    [Fact]
    public async Task Every_problem_is_reported_with_its_row_and_column_in_the_words_of_volunteerMentor_and_nothing_is_written()
    {
        var employer = await EmployerAsync("Problem Rows plc");
        var csv = string.Join('\n',
            Header,
            "P-1,Ann Able,ann@example.org,Analyst,EARLY,2,ONLINE,5,,WEEKENDS,cybersecurity:ADVANCED,budget-planning:BEGINNER",
            "P-2,,not-an-email,Analyst,JUNIOR,11,ONLINE,5,SW1A 1AA,WEEKENDS,cybersecurity:ADVANCED,cybersecurity:BEGINNER",
            "P-3,Cat Chen,,,MID,two,BY_POST,500,,SOMETIMES,underwater-welding:EXPERT;data-analytics,",
            "P-1,Dan Dee,,,SENIOR,1,IN_PERSON,10,,,client-relations:EXPERT,artificial-intelligence:BEGINNER",
            "");

        var dryRun = (await ImportAsync(employer, csv, dryRun: true)).Report();
        var payload = await ImportAsync(employer, csv);

        string[] expected =
        [
            "3 displayName: displayName must not be blank.",
            "3 email: 'not-an-email' is not a valid email address.",
            "3 careerStage: careerStage must be one of EARLY, MID, SENIOR, not 'JUNIOR'.",
            "3 capacity: capacity must be between 1 and 10.",
            "3 postcode: SW1A 1AA is outside the West Midlands.",
            "3 wants: A skill can appear only once across offers and wants.",
            "4 capacity: capacity must be a whole number, not 'two'.",
            "4 format: format must be one of IN_PERSON, ONLINE, HYBRID, not 'BY_POST'.",
            "4 maxTravelKm: maxTravelKm must be between 0 and 200.",
            "4 availability: 'SOMETIMES' in availability is not one of WEEKDAY_MORNINGS, WEEKDAY_AFTERNOONS, WEEKDAY_EVENINGS, WEEKENDS.",
            "4 offers: 'data-analytics' in offers needs a level after a colon, such as data-analytics:INTERMEDIATE.",
            "4 offers: No skill has the slug or name 'underwater-welding'.",
            "4 wants: wants.length must be between 1 and 10.",
            "5 externalReference: The external reference 'P-1' is also on row 2.",
        ];
        Assert.Equal(expected, dryRun.Problems());
        Assert.Equal((4, 1, 0, 0, 3), dryRun.Counts());
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Null(payload["import"]);
        Assert.Equal("ImportRejectedError", error["__typename"]!.GetValue<string>());
        Assert.Equal("3 of 4 rows have problems; nothing was imported.", error["message"]!.GetValue<string>());
        Assert.Equal(3, error["rejected"]!.GetValue<int>());
        Assert.Equal(expected, error.Problems());
        Assert.Empty(await MentorRowsAsync(employer));
    }

    [Fact]
    public async Task Unknown_and_missing_columns_are_named()
    {
        var employer = await EmployerAsync("Header Trouble Ltd");
        var csv = Header.Replace(",wants", ",wishes", StringComparison.Ordinal).Replace("email,", "EMAIL,", StringComparison.Ordinal) + "\nX-1,Ann,,,EARLY,1,ONLINE,0,,,cybersecurity:EXPERT,x\n";

        var report = (await ImportAsync(employer, csv, dryRun: true)).Report();

        Assert.Equal(
            [
                $"1 wishes: Unknown column 'wishes'; the columns are {Header.Replace(",", ", ", StringComparison.Ordinal)}.",
                $"1 wants: Missing column 'wants'; the columns are {Header.Replace(",", ", ", StringComparison.Ordinal)}.",
            ],
            report.Problems());
    }

    [Fact]
    public async Task A_withdrawn_mentor_stays_as_it_is_and_a_row_that_would_change_it_is_a_problem()
    {
        var employer = await EmployerAsync("Withdrawals Ltd");
        var csv = ImportRequests.Sample("mentors.csv");
        await ImportAsync(employer, csv);
        await using (var db = app.CreateDbContext())
        {
            await db.Mentors.Where(m => m.EmployerId == employer.Id && m.ExternalReference == "E-1001")
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MentorStatus.Withdrawn));
        }

        var same = (await ImportAsync(employer, csv, dryRun: true)).Report();
        var changed = (await ImportAsync(employer, csv.Replace("Graduate security analyst", "Security analyst", StringComparison.Ordinal), dryRun: true)).Report();

        Assert.Equal((3, 0, 0, 3, 0), same.Counts());
        Assert.Equal(["2 externalReference: The mentor has withdrawn; their profile can no longer change."], changed.Problems());
    }

    [Fact]
    public async Task References_belong_to_their_employer()
    {
        var first = await EmployerAsync("First Reference Co");
        var second = await EmployerAsync("Second Reference Co");
        var csv = ImportRequests.Sample("mentors.csv");

        await ImportAsync(first, csv);
        var report = (await ImportAsync(second, csv)).Report();

        Assert.Equal((3, 3, 0, 0, 0), report.Counts());
    }

    [Fact]
    public async Task The_external_reference_is_shown_to_those_who_manage_the_mentor()
    {
        var employer = await EmployerAsync("Visible References Ltd");
        await ImportAsync(employer, ImportRequests.Sample("mentors.csv"));
        await using var db = app.CreateDbContext();
        var id = TestData.Id("Mentor", await db.Mentors.Where(m => m.EmployerId == employer.Id && m.ExternalReference == "E-1001").Select(m => m.Id).SingleAsync());
        var query = $$"""{ node(id: "{{id}}") { ... on Mentor { externalReference } } }""";

        async Task<string?> AsAsync(Caller caller) =>
            (await app.CreateGraphQLClient(caller).QueryAsync(query))["node"]!["externalReference"]?.GetValue<string>();

        Assert.Equal("E-1001", await AsAsync(TestCallers.Admin));
        Assert.Equal("E-1001", await AsAsync(TestCallers.EmployerAdmin(employer.Id)));
        Assert.Null(await AsAsync(TestCallers.EmployerAdmin(employer.Id + 1000)));
        Assert.Null(await AsAsync(TestCallers.Organiser));
    }

    [Fact]
    public async Task A_cross_site_import_without_a_preflight_header_is_refused_before_anything_is_read()
    {
        var employer = await EmployerAsync("Cross Site Ltd");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = MultipartBody.For(
                "mutation($input: ImportMentorsInput!) { importMentors(input: $input) { import { created } } }",
                new { input = new { employerId = TestData.Id("Employer", employer.Id), file = (object?)null } },
                UploadPart.Text("mentors.csv", ImportRequests.Sample("mentors.csv"), "variables.input.file")),
        };
        request.Headers.Add("Origin", "https://attacker.example");
        request.Headers.Add("Cookie", "session=1");

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await MentorRowsAsync(employer));
    }

    private async Task<Employer> EmployerAsync(string name) => await new TestData(app).EmployerAsync(name, Sector.IctDigital, "CV1 2JH");

    private Task<System.Text.Json.Nodes.JsonNode> ImportAsync(Employer employer, string csv, bool? dryRun = null) =>
        app.CreateGraphQLClient().ImportAsync("importMentors", TestData.Id("Employer", employer.Id), csv, dryRun);

    private async Task<List<string>> MentorRowsAsync(Employer employer)
    {
        await using var db = app.CreateDbContext();
        var mentors = await db.Mentors.AsNoTracking().Include(m => m.Offers).Include(m => m.Wants).Where(m => m.EmployerId == employer.Id).OrderBy(m => m.Id).ToListAsync();
        return [.. mentors.Select(m => string.Join('|', m.Id, m.ExternalReference, m.DisplayName, m.Email, m.JobTitle, m.CareerStage, m.Capacity, m.Format, m.MaxTravelKm,
            string.Join(',', m.Availability), m.Postcode, m.Status, m.UpdatedAt.ToUnixTimeMilliseconds(),
            string.Join(',', m.Offers.OrderBy(s => s.SkillId).Select(s => $"{s.SkillId}:{s.Level}")), string.Join(',', m.Wants.OrderBy(s => s.SkillId).Select(s => $"{s.SkillId}:{s.Level}"))))];
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.AuditEntries.CountAsync();
    }
}
