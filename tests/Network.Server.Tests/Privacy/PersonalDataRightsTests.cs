using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Auditing;
using Network.Server.Employers;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Privacy;

/// <summary>A mentor's rights over their own data: exportMyData gives a copy of everything held, eraseMyData erases it.</summary>
public sealed class PersonalDataRightsTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string ExportMyData = """
        mutation {
          exportMyData {
            export {
              exportedAt
              mentor {
                id displayName email jobTitle careerStage status erasedAt
                employer { id name }
                offers { level skill { slug } }
                wants { level skill { slug } }
              }
              auditLog { action actorRoles occurredAt }
            }
            errors {
              __typename
              ... on Error { message }
              ... on MentorNotFoundError { mentorId }
            }
          }
        }
        """;

    private const string EraseMyData = """
        mutation {
          eraseMyData {
            mentor { id displayName email jobTitle status withdrawnAt erasedAt careerStage postcode employer { id } }
            errors {
              __typename
              ... on Error { message }
              ... on MentorNotFoundError { mentorId }
            }
          }
        }
        """;

    private const string UpdateMentor = """
        mutation($input: UpdateMentorInput!) { updateMentor(input: $input) { mentor { id } errors { __typename } } }
        """;

    private const string WithdrawMentor = """
        mutation($input: WithdrawMentorInput!) { withdrawMentor(input: $input) { mentor { id } errors { __typename } } }
        """;

    // Everyone but a mentor acting on their own data.
    private const string Anonymous = "anonymous";
    private const string Administrator = "ADMIN";
    private const string EmployersAdmin = "EMPLOYER_ADMIN of the mentor's employer";
    private const string OtherEmployersAdmin = "EMPLOYER_ADMIN of another employer";
    private const string UnboundEmployerAdmin = "EMPLOYER_ADMIN bound to no employer";
    private const string Coordinator = "COORDINATOR";
    private const string Organiser = "ORGANISER";
    private const string Partner = "PARTNER";
    private const string UnboundMentor = "MENTOR bound to no mentor";

    public static TheoryData<string> NotTheMentor { get; } = new()
    {
        Anonymous, Administrator, EmployersAdmin, OtherEmployersAdmin, UnboundEmployerAdmin, Coordinator, Organiser, Partner, UnboundMentor,
    };

    [Fact]
    public async Task ExportMyData_returns_the_mentors_profile_and_every_action_on_their_data()
    {
        var mentor = await MentorAsync("Ezra Export");
        var bystander = await MentorAsync("Bea Bystander");
        await AdminUpdatesAsync(mentor, new { jobTitle = "Lead Engineer" });
        await AdminUpdatesAsync(bystander, new { jobTitle = "Planner" });
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var payload = await ExportAsync(TestCallers.Mentor(mentor.Id));

        Assert.Null(payload["errors"]);
        var export = payload["export"]!;
        Assert.InRange(Time(export["exportedAt"]), before, DateTimeOffset.UtcNow.AddSeconds(1));
        var profile = export["mentor"]!;
        Assert.Equal(TestData.Id("Mentor", mentor.Id), profile["id"]!.GetValue<string>());
        Assert.Equal("Ezra Export", profile["displayName"]!.GetValue<string>());
        Assert.Equal("ezra.export@example.org", profile["email"]!.GetValue<string>());
        Assert.Equal("Lead Engineer", profile["jobTitle"]!.GetValue<string>());
        Assert.Equal("SENIOR", profile["careerStage"]!.GetValue<string>());
        Assert.Equal("ACTIVE", profile["status"]!.GetValue<string>());
        Assert.Null(profile["erasedAt"]);
        Assert.Equal(TestData.Id("Employer", mentor.EmployerId), profile["employer"]!["id"]!.GetValue<string>());
        Assert.Equal("Ezra Export Employer", profile["employer"]!["name"]!.GetValue<string>());
        Assert.Equal(["site-management:ADVANCED"], Skills(profile["offers"]));
        Assert.Equal(["cybersecurity:BEGINNER"], Skills(profile["wants"]));

        // The bystander's update is not in this mentor's log; the export itself is, last.
        var log = export["auditLog"]!.AsArray();
        Assert.Equal(["updateMentor", "exportMyData"], log.Select(e => e!["action"]!.GetValue<string>()));
        Assert.Equal(["ADMIN", "MENTOR"], log.Select(e => string.Join(",", e!["actorRoles"]!.AsArray().Select(r => r!.GetValue<string>()))));
        Assert.True(Time(log[0]!["occurredAt"]) <= Time(log[1]!["occurredAt"]));

        var entries = await AuditEntriesForAsync(mentor.Id);
        Assert.Equal(2, entries.Count);
        Assert.Equal(("exportMyData", $"test-mentor-{mentor.Id}", "MENTOR"), (entries[1].Action, entries[1].ActorSubject, entries[1].ActorRoles));
    }

    [Fact]
    public async Task Every_export_is_itself_logged()
    {
        var mentor = await MentorAsync("Evan Every");

        await ExportAsync(TestCallers.Mentor(mentor.Id));
        var second = await ExportAsync(TestCallers.Mentor(mentor.Id));

        Assert.Equal(["exportMyData", "exportMyData"], second["export"]!["auditLog"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()));
        Assert.Equal(2, (await AuditEntriesForAsync(mentor.Id)).Count);
    }

    [Fact]
    public async Task Another_mentors_export_holds_their_own_data_and_none_of_this_mentors()
    {
        var mentor = await MentorAsync("Mo Mine");
        var colleague = await new TestData(app).MentorAsync(
            await app.FindAsync<Employer>(mentor.EmployerId), "Col Colleague", CareerStage.Early, ["cybersecurity"], ["site-management"]);
        await AdminUpdatesAsync(mentor, new { jobTitle = "Foreman" });

        var payload = await ExportAsync(TestCallers.Mentor(colleague.Id));

        Assert.Null(payload["errors"]);
        Assert.Equal(TestData.Id("Mentor", colleague.Id), payload["export"]!["mentor"]!["id"]!.GetValue<string>());
        Assert.Equal("Col Colleague", payload["export"]!["mentor"]!["displayName"]!.GetValue<string>());
        Assert.Equal(["exportMyData"], payload["export"]!["auditLog"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()));
        Assert.Single(await AuditEntriesForAsync(mentor.Id));
    }

    [Fact]
    public async Task ExportMyData_holds_every_pairing_of_the_mentor_with_its_history()
    {
        var kit = new Pairings.PairingKit(app);
        var (mentor, partner) = await kit.PairAsync();
        var other = await kit.MentorAsync(await kit.EmployerAsync(), ["budget-planning"], ["artificial-intelligence"]);
        var accepted = await kit.AcceptedAsync(mentor, partner);
        var declined = await kit.ProposedAsync(other, mentor);
        Assert.Null((await kit.DeclineAsync(TestCallers.Mentor(mentor.Id), declined, "Busy this term"))["errors"]);
        var stranger = await kit.MentorAsync(await kit.EmployerAsync(), ["artificial-intelligence"], ["budget-planning"]);
        var strangers = await kit.ProposedAsync(stranger, other);

        var data = await app.CreateGraphQLClient(TestCallers.Mentor(mentor.Id)).QueryAsync(
            "mutation { exportMyData { export { pairings { id status declineReason participants { mentor { id email } } history { type } } } } }");

        var pairings = data["exportMyData"]!["export"]!["pairings"]!.AsArray();
        Assert.Equal([accepted, declined], pairings.Select(p => p!["id"]!.GetValue<string>()));
        Assert.DoesNotContain(strangers, pairings.Select(p => p!["id"]!.GetValue<string>()));
        Assert.Equal(["ACCEPTED", "DECLINED"], pairings.Select(p => p!["status"]!.GetValue<string>()));
        Assert.Equal("Busy this term", pairings[1]!["declineReason"]!.GetValue<string>());
        Assert.Equal(["PROPOSED", "ACCEPTED_BY_MENTOR", "ACCEPTED_BY_MENTOR", "ACCEPTED"], pairings[0]!["history"]!.AsArray().Select(e => e!["type"]!.GetValue<string>()));

        // The accepted partner's email is there, as it is in the pairing itself; the declined proposer's is not.
        var emails = pairings.Select(p => p!["participants"]!.AsArray().Single(x => x!["mentor"]!["id"]!.GetValue<string>() != TestData.Id("Mentor", mentor.Id))!["mentor"]!["email"]?.GetValue<string>()).ToList();
        Assert.NotNull(emails[0]);
        Assert.Null(emails[1]);
    }

    [Theory]
    [MemberData(nameof(NotTheMentor))]
    public async Task ExportMyData_is_refused_to_everyone_but_a_mentor(string caller)
    {
        var mentor = await MentorAsync($"Export Refused {caller}");
        var audited = await AuditCountAsync();

        var payload = await ExportAsync(await CallerForAsync(caller, mentor));

        Assert.Null(payload["export"]);
        AssertNotAuthorized(payload);
        Assert.Equal(audited, await AuditCountAsync());
    }

    [Fact]
    public async Task ExportMyData_reports_a_mentor_token_naming_a_mentor_that_does_not_exist()
    {
        var audited = await AuditCountAsync();

        var payload = await ExportAsync(TestCallers.Mentor(999_999));

        Assert.Null(payload["export"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("MentorNotFoundError", error["__typename"]!.GetValue<string>());
        Assert.Equal(TestData.Id("Mentor", 999_999), error["mentorId"]!.GetValue<string>());
        Assert.Equal(audited, await AuditCountAsync());
    }

    [Fact]
    public async Task EraseMyData_erases_the_personal_fields_and_keeps_the_anonymised_rest()
    {
        var mentor = await MentorAsync("Erin Erase");
        await AdminUpdatesAsync(mentor, new { jobTitle = "Site Lead" });
        var before = await FindAsync(mentor.Id);
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);

        var payload = await EraseAsync(TestCallers.Mentor(mentor.Id));

        Assert.Null(payload["errors"]);
        var erased = payload["mentor"]!;
        Assert.Equal(TestData.Id("Mentor", mentor.Id), erased["id"]!.GetValue<string>());
        Assert.Null(erased["displayName"]);
        Assert.Null(erased["email"]);
        Assert.Null(erased["jobTitle"]);
        Assert.Equal("WITHDRAWN", erased["status"]!.GetValue<string>());
        var erasedAt = Time(erased["erasedAt"]);
        Assert.InRange(erasedAt, started, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(erasedAt, Time(erased["withdrawnAt"]));
        Assert.Equal("SENIOR", erased["careerStage"]!.GetValue<string>());
        Assert.Equal(TestData.Id("Employer", mentor.EmployerId), erased["employer"]!["id"]!.GetValue<string>());

        var row = await FindAsync(mentor.Id);
        Assert.Null(row.DisplayName);
        Assert.Null(row.Email);
        Assert.Null(row.JobTitle);
        Assert.Equal(MentorStatus.Withdrawn, row.Status);
        Assert.Equal(erasedAt, row.ErasedAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Equal(row.ErasedAt, row.WithdrawnAt);

        // What remains is unnamed: employer, career stage, district, local authority and skills, for anonymised figures.
        Assert.Equal(before.EmployerId, row.EmployerId);
        Assert.Equal(before.CareerStage, row.CareerStage);
        Assert.Equal(before.Postcode, row.Postcode);
        Assert.Equal(before.Location, row.Location);
        Assert.Equal(before.LocalAuthorityCode, row.LocalAuthorityCode);
        Assert.Equal(Skills(before.Offers), Skills(row.Offers));
        Assert.Equal(Skills(before.Wants), Skills(row.Wants));
        Assert.Equal([(TestData.Skill("site-management"), SkillLevel.Advanced)], row.Offers.Select(s => (s.SkillId, s.Level)));
        Assert.Equal([(TestData.Skill("cybersecurity"), SkillLevel.Beginner)], row.Wants.Select(s => (s.SkillId, s.Level)));

        var entry = (await AuditEntriesForAsync(mentor.Id))[^1];
        Assert.Equal(("eraseMyData", $"test-mentor-{mentor.Id}", "MENTOR"), (entry.Action, entry.ActorSubject, entry.ActorRoles));
    }

    [Fact]
    public async Task Erasing_again_changes_nothing()
    {
        var mentor = await MentorAsync("Ivo Again");
        var first = await EraseAsync(TestCallers.Mentor(mentor.Id));
        var erased = await FindAsync(mentor.Id);
        var audited = await AuditCountAsync();

        var second = await EraseAsync(TestCallers.Mentor(mentor.Id));

        Assert.Null(second["errors"]);
        Assert.Equal(Time(first["mentor"]!["erasedAt"]), Time(second["mentor"]!["erasedAt"]));
        var row = await FindAsync(mentor.Id);
        Assert.Equal(erased.ErasedAt, row.ErasedAt);
        Assert.Equal(erased.WithdrawnAt, row.WithdrawnAt);
        Assert.Equal(erased.UpdatedAt, row.UpdatedAt);
        Assert.Equal(audited, await AuditCountAsync());
        Assert.Single(await AuditEntriesForAsync(mentor.Id));
    }

    [Fact]
    public async Task Erasing_after_withdrawing_keeps_the_time_of_withdrawal()
    {
        var mentor = await MentorAsync("Wyn Withdrawn");
        var withdrawn = await app.CreateGraphQLClient(TestCallers.Mentor(mentor.Id))
            .QueryAsync(WithdrawMentor, new { input = new { mentorId = TestData.Id("Mentor", mentor.Id) } });
        Assert.Null(withdrawn["withdrawMentor"]!["errors"]);
        var withdrawnAt = (await FindAsync(mentor.Id)).WithdrawnAt;

        var payload = await EraseAsync(TestCallers.Mentor(mentor.Id));

        Assert.Null(payload["errors"]);
        var row = await FindAsync(mentor.Id);
        Assert.NotNull(withdrawnAt);
        Assert.Equal(withdrawnAt, row.WithdrawnAt);
        Assert.True(row.ErasedAt > row.WithdrawnAt);
        Assert.Null(row.DisplayName);
    }

    [Fact]
    public async Task An_erased_mentor_is_no_longer_listed()
    {
        var mentor = await MentorAsync("Lou Listed");
        var id = TestData.Id("Mentor", mentor.Id);
        const string Listed = """
            query($id: ID!, $employer: ID!) {
              mentors(where: { id: { eq: $id } }) { totalCount }
              employers(where: { id: { eq: $employer } }) { nodes { mentors { id } } }
            }
            """;
        var variables = new { id, employer = TestData.Id("Employer", mentor.EmployerId) };
        var listed = await app.CreateGraphQLClient().QueryAsync(Listed, variables);
        Assert.Equal(1, listed["mentors"]!["totalCount"]!.GetValue<int>());

        await EraseAsync(TestCallers.Mentor(mentor.Id));

        var data = await app.CreateGraphQLClient().QueryAsync(Listed, variables);
        Assert.Equal(0, data["mentors"]!["totalCount"]!.GetValue<int>());
        Assert.Empty(data["employers"]!["nodes"]![0]!["mentors"]!.AsArray());
    }

    [Fact]
    public async Task After_erasure_an_export_holds_no_personal_data_and_the_log_remains()
    {
        var mentor = await MentorAsync("Ash After");
        await AdminUpdatesAsync(mentor, new { jobTitle = "Estimator" });
        await EraseAsync(TestCallers.Mentor(mentor.Id));

        var payload = await ExportAsync(TestCallers.Mentor(mentor.Id));

        Assert.Null(payload["errors"]);
        var profile = payload["export"]!["mentor"]!;
        Assert.Null(profile["displayName"]);
        Assert.Null(profile["email"]);
        Assert.Null(profile["jobTitle"]);
        Assert.NotNull(profile["erasedAt"]);
        Assert.Equal(
            ["updateMentor", "eraseMyData", "exportMyData"],
            payload["export"]!["auditLog"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()));
    }

    [Fact]
    public async Task EraseMyData_reports_a_mentor_token_naming_a_mentor_that_does_not_exist()
    {
        var audited = await AuditCountAsync();
        var mentors = await MentorCountAsync();

        var payload = await EraseAsync(TestCallers.Mentor(999_999));

        Assert.Null(payload["mentor"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("MentorNotFoundError", error["__typename"]!.GetValue<string>());
        Assert.Equal(TestData.Id("Mentor", 999_999), error["mentorId"]!.GetValue<string>());
        Assert.Equal(audited, await AuditCountAsync());
        Assert.Equal(mentors, await MentorCountAsync());
    }

    [Theory]
    [MemberData(nameof(NotTheMentor))]
    public async Task EraseMyData_is_refused_to_everyone_but_the_mentor_and_nothing_changes(string caller)
    {
        var mentor = await MentorAsync($"Erase Refused {caller}");
        var before = await FindAsync(mentor.Id);
        var audited = await AuditCountAsync();

        var payload = await EraseAsync(await CallerForAsync(caller, mentor));

        Assert.Null(payload["mentor"]);
        AssertNotAuthorized(payload);
        var row = await FindAsync(mentor.Id);
        Assert.Equal(
            (before.DisplayName, before.Email, before.JobTitle, before.Status, before.WithdrawnAt, before.ErasedAt, before.UpdatedAt),
            (row.DisplayName, row.Email, row.JobTitle, row.Status, row.WithdrawnAt, row.ErasedAt, row.UpdatedAt));
        Assert.Equal(MentorStatus.Active, row.Status);
        Assert.Null(row.ErasedAt);
        Assert.Equal(audited, await AuditCountAsync());
    }

    private async Task<Caller> CallerForAsync(string caller, Mentor mentor) => caller switch
    {
        Anonymous => TestCallers.Anonymous,
        Administrator => TestCallers.Admin,
        EmployersAdmin => TestCallers.EmployerAdmin(mentor.EmployerId),
        OtherEmployersAdmin => TestCallers.EmployerAdmin((await new TestData(app).EmployerAsync("Another Employer", Sector.IctDigital, "CV1 2JH")).Id),
        UnboundEmployerAdmin => TestCallers.UnboundEmployerAdmin,
        Coordinator => TestCallers.Coordinator,
        Organiser => TestCallers.Organiser,
        Partner => TestCallers.Partner,
        UnboundMentor => new Caller("test-unbound-mentor", [Role.Mentor]),
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };

    private static void AssertNotAuthorized(JsonNode payload)
    {
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("NotAuthorizedError", error["__typename"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()), "The NotAuthorizedError has no message.");
    }

    private static DateTimeOffset Time(JsonNode? value) => DateTimeOffset.Parse(value!.GetValue<string>(), CultureInfo.InvariantCulture);

    private static string[] Skills(JsonNode? list) =>
        [.. list!.AsArray().Select(s => $"{s!["skill"]!["slug"]!.GetValue<string>()}:{s["level"]!.GetValue<string>()}").Order(StringComparer.Ordinal)];

    private static string[] Skills(IEnumerable<MentorSkill> skills) => [.. skills.Select(s => $"{s.SkillId}:{s.Level}").Order(StringComparer.Ordinal)];

    private async Task<Mentor> MentorAsync(string name)
    {
        var data = new TestData(app);
        var employer = await data.EmployerAsync($"{name} Employer", Sector.Construction, "DY1 1AA");
        return await data.MentorAsync(employer, name, CareerStage.Senior, ["site-management"], ["cybersecurity"]);
    }

    private async Task AdminUpdatesAsync(Mentor mentor, object changes)
    {
        var input = JsonSerializer.SerializeToNode(changes)!.AsObject();
        input["mentorId"] = TestData.Id("Mentor", mentor.Id);
        var data = await app.CreateGraphQLClient(TestCallers.Admin).QueryAsync(UpdateMentor, new { input });
        Assert.Null(data["updateMentor"]!["errors"]);
    }

    private async Task<JsonNode> ExportAsync(Caller caller) =>
        (await app.CreateGraphQLClient(caller).QueryAsync(ExportMyData))["exportMyData"]!;

    private async Task<JsonNode> EraseAsync(Caller caller) =>
        (await app.CreateGraphQLClient(caller).QueryAsync(EraseMyData))["eraseMyData"]!;

    private async Task<Mentor> FindAsync(int id)
    {
        await using var db = app.CreateDbContext();
        return await db.Mentors.AsNoTracking().Include(m => m.Offers).Include(m => m.Wants).SingleAsync(m => m.Id == id);
    }

    private async Task<List<AuditEntry>> AuditEntriesForAsync(int mentorId)
    {
        await using var db = app.CreateDbContext();
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.SubjectType == "Mentor" && a.SubjectId == mentorId)
            .OrderBy(a => a.OccurredAt).ThenBy(a => a.Id)
            .ToListAsync();
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.AuditEntries.CountAsync();
    }

    private async Task<int> MentorCountAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.Mentors.CountAsync();
    }
}
