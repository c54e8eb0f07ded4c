using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Mentors;

public sealed class VolunteerMentorTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string VolunteerMentor = """
        mutation($input: VolunteerMentorInput!) {
          volunteerMentor(input: $input) {
            mentor {
              id displayName email jobTitle careerStage capacity format maxTravelKm availability postcode status withdrawnAt
              localAuthority { code name }
              location { coordinates }
              employer { name }
              offers { level skill { slug } }
              wants { level skill { slug } }
            }
            errors {
              __typename
              ... on Error { message }
              ... on BlankValueError { field }
              ... on ValueTooLongError { field maxLength }
              ... on InvalidEmailError { field }
              ... on OutOfRangeError { field minimum maximum }
              ... on InvalidPostcodeError { field postcode }
              ... on PostcodeNotFoundError { field postcode }
              ... on PostcodeOutsideRegionError { field postcode }
              ... on UnknownSkillError { field skillId }
              ... on DuplicateSkillError { field skillId }
              ... on InvalidIdError { field id expectedType }
              ... on EmployerNotFoundError { employerId }
            }
          }
        }
        """;

    private static readonly string[] RepeatedAvailability = ["WEEKDAY_EVENINGS", "WEEKENDS", "WEEKDAY_EVENINGS"];
    private static readonly string Cybersecurity = TestData.SkillId("cybersecurity");
    private static readonly string DataAnalytics = TestData.SkillId("data-analytics");
    private static readonly string BudgetPlanning = TestData.SkillId("budget-planning");

    [Fact]
    public async Task VolunteerMentor_creates_a_mentor_placed_at_the_employers_district()
    {
        var employer = await EmployerAsync("Volunteer Valley Ltd");

        var payload = await VolunteerAsync(new
        {
            employerId = TestData.Id("Employer", employer.Id),
            displayName = "  Priya Patel ",
            email = "priya.patel@example.org",
            jobTitle = "Graduate security analyst",
            careerStage = "EARLY",
            capacity = 2,
            format = "HYBRID",
            maxTravelKm = 15,
            availability = RepeatedAvailability,
            offers = new[] { new { skillId = Cybersecurity, level = "ADVANCED" }, new { skillId = DataAnalytics, level = "INTERMEDIATE" } },
            wants = new[] { new { skillId = BudgetPlanning, level = "BEGINNER" } },
        });

        Assert.Null(payload["errors"]);
        var mentor = payload["mentor"]!;
        Assert.Equal("Priya Patel", mentor["displayName"]!.GetValue<string>());
        Assert.Equal("priya.patel@example.org", mentor["email"]!.GetValue<string>());
        Assert.Equal("Graduate security analyst", mentor["jobTitle"]!.GetValue<string>());
        Assert.Equal("EARLY", mentor["careerStage"]!.GetValue<string>());
        Assert.Equal(2, mentor["capacity"]!.GetValue<int>());
        Assert.Equal("HYBRID", mentor["format"]!.GetValue<string>());
        Assert.Equal(15, mentor["maxTravelKm"]!.GetValue<int>());
        Assert.Equal(["WEEKDAY_EVENINGS", "WEEKENDS"], mentor["availability"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("CV1", mentor["postcode"]!.GetValue<string>());
        Assert.Equal("E08000026", mentor["localAuthority"]!["code"]!.GetValue<string>());
        Assert.Equal("ACTIVE", mentor["status"]!.GetValue<string>());
        Assert.Null(mentor["withdrawnAt"]);
        Assert.Equal("Volunteer Valley Ltd", mentor["employer"]!["name"]!.GetValue<string>());
        Assert.Equal(["cybersecurity:ADVANCED", "data-analytics:INTERMEDIATE"], Skills(mentor["offers"]));
        Assert.Equal(["budget-planning:BEGINNER"], Skills(mentor["wants"]));

        await using var db = app.CreateDbContext();
        var row = await db.Mentors.Include(m => m.Offers).Include(m => m.Wants).SingleAsync(m => m.EmployerId == employer.Id);
        Assert.Equal(TestData.Id("Mentor", row.Id), mentor["id"]!.GetValue<string>());
        Assert.Equal("Priya Patel", row.DisplayName);
        Assert.Equal("CV1", row.Postcode);
        Assert.Equal("E08000026", row.LocalAuthorityCode);
        Assert.Equal(MentorStatus.Active, row.Status);
        Assert.Equal([Availability.WeekdayEvenings, Availability.Weekends], row.Availability);
        Assert.Equal([TestData.Skill("data-analytics"), TestData.Skill("cybersecurity")], row.Offers.Select(s => s.SkillId).Order());
        Assert.Equal([TestData.Skill("budget-planning")], row.Wants.Select(s => s.SkillId));
    }

    [Fact]
    public async Task VolunteerMentor_with_a_postcode_meets_from_that_district()
    {
        var employer = await EmployerAsync("Commuter Components");

        var payload = await VolunteerAsync(Input(employer, "Sam Commuter", postcode: "b1 1aa"));

        Assert.Null(payload["errors"]);
        Assert.Equal("B1", payload["mentor"]!["postcode"]!.GetValue<string>());
        Assert.Equal("E08000025", payload["mentor"]!["localAuthority"]!["code"]!.GetValue<string>());
        Assert.Equal("Birmingham", payload["mentor"]!["localAuthority"]!["name"]!.GetValue<string>());
        Assert.Equal(-1.90723, payload["mentor"]!["location"]!["coordinates"]![0]!.GetValue<double>(), 5);
        Assert.Null(payload["mentor"]!["email"]);
        await using var db = app.CreateDbContext();
        var row = await db.Mentors.SingleAsync(m => m.DisplayName == "Sam Commuter");
        Assert.Equal("B1", row.Postcode);
        Assert.Equal("E08000025", row.LocalAuthorityCode);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 200)]
    public async Task VolunteerMentor_accepts_capacity_and_travel_at_their_bounds(int capacity, int maxTravelKm)
    {
        var employer = await EmployerAsync($"Bounds {capacity} {maxTravelKm} Ltd");

        var payload = await VolunteerAsync(Input(employer, $"Bound Mentor {capacity}", capacity: capacity, maxTravelKm: maxTravelKm));

        Assert.Null(payload["errors"]);
        Assert.Equal(capacity, payload["mentor"]!["capacity"]!.GetValue<int>());
        Assert.Equal(maxTravelKm, payload["mentor"]!["maxTravelKm"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task VolunteerMentor_rejects_a_blank_display_name(string displayName)
    {
        var error = await SingleErrorAsync(employer => Input(employer, displayName));

        Assert.Equal("BlankValueError", error["__typename"]!.GetValue<string>());
        Assert.Equal("displayName", error["field"]!.GetValue<string>());
        Assert.Equal("displayName must not be blank.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task VolunteerMentor_rejects_a_display_name_of_101_characters()
    {
        var error = await SingleErrorAsync(employer => Input(employer, new string('m', 101)));

        Assert.Equal("ValueTooLongError", error["__typename"]!.GetValue<string>());
        Assert.Equal("displayName", error["field"]!.GetValue<string>());
        Assert.Equal(100, error["maxLength"]!.GetValue<int>());
    }

    [Fact]
    public async Task VolunteerMentor_rejects_a_job_title_of_101_characters()
    {
        var error = await SingleErrorAsync(employer => Input(employer, "Long Title", jobTitle: new string('t', 101)));

        Assert.Equal("ValueTooLongError", error["__typename"]!.GetValue<string>());
        Assert.Equal("jobTitle", error["field"]!.GetValue<string>());
        Assert.Equal(100, error["maxLength"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("someone@localhost")]
    [InlineData("Someone <someone@example.org>")]
    public async Task VolunteerMentor_rejects_an_invalid_email(string email)
    {
        var error = await SingleErrorAsync(employer => Input(employer, "Bad Email", email: email));

        Assert.Equal("InvalidEmailError", error["__typename"]!.GetValue<string>());
        Assert.Equal("email", error["field"]!.GetValue<string>());
        Assert.Equal($"'{email}' is not a valid email address.", error["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task VolunteerMentor_rejects_a_capacity_outside_1_to_10(int capacity)
    {
        var error = await SingleErrorAsync(employer => Input(employer, "Capacity Case", capacity: capacity));

        Assert.Equal("OutOfRangeError", error["__typename"]!.GetValue<string>());
        Assert.Equal("capacity", error["field"]!.GetValue<string>());
        Assert.Equal(1, error["minimum"]!.GetValue<double>());
        Assert.Equal(10, error["maximum"]!.GetValue<double>());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(201)]
    public async Task VolunteerMentor_rejects_a_travel_distance_outside_0_to_200(int maxTravelKm)
    {
        var error = await SingleErrorAsync(employer => Input(employer, "Travel Case", maxTravelKm: maxTravelKm));

        Assert.Equal("OutOfRangeError", error["__typename"]!.GetValue<string>());
        Assert.Equal("maxTravelKm", error["field"]!.GetValue<string>());
        Assert.Equal(0, error["minimum"]!.GetValue<double>());
        Assert.Equal(200, error["maximum"]!.GetValue<double>());
    }

    [Theory]
    [InlineData("NOT A POSTCODE", "InvalidPostcodeError", "NOT A POSTCODE")]
    [InlineData("SW1A 1AA", "PostcodeOutsideRegionError", "SW1A 1AA")]
    [InlineData("B99 9ZZ", "PostcodeNotFoundError", "B99 9ZZ")]
    public async Task VolunteerMentor_rejects_a_postcode_it_cannot_place(string postcode, string typeName, string reported)
    {
        var error = await SingleErrorAsync(employer => Input(employer, "Postcode Case", postcode: postcode));

        Assert.Equal(typeName, error["__typename"]!.GetValue<string>());
        Assert.Equal("postcode", error["field"]!.GetValue<string>());
        Assert.Equal(reported, error["postcode"]!.GetValue<string>());
    }

    [Fact]
    public async Task VolunteerMentor_rejects_unknown_skill()
    {
        var unknown = TestData.Id("Skill", 999);

        var error = await SingleErrorAsync(employer => Input(employer, "Unknown Skill Case", offers: [(unknown, "EXPERT")]));

        Assert.Equal("UnknownSkillError", error["__typename"]!.GetValue<string>());
        Assert.Equal("offers", error["field"]!.GetValue<string>());
        Assert.Equal(unknown, error["skillId"]!.GetValue<string>());
        Assert.Equal("No skill has that ID.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task VolunteerMentor_rejects_an_unknown_wanted_skill()
    {
        var unknown = TestData.Id("Skill", 998);

        var error = await SingleErrorAsync(employer => Input(employer, "Unknown Want Case", wants: [(unknown, "BEGINNER")]));

        Assert.Equal("UnknownSkillError", error["__typename"]!.GetValue<string>());
        Assert.Equal("wants", error["field"]!.GetValue<string>());
        Assert.Equal(unknown, error["skillId"]!.GetValue<string>());
    }

    [Fact]
    public async Task VolunteerMentor_rejects_a_skill_both_offered_and_wanted()
    {
        var error = await SingleErrorAsync(employer => Input(employer, "Duplicate Case", offers: [(Cybersecurity, "EXPERT")], wants: [(Cybersecurity, "BEGINNER")]));

        Assert.Equal("DuplicateSkillError", error["__typename"]!.GetValue<string>());
        Assert.Equal("wants", error["field"]!.GetValue<string>());
        Assert.Equal(Cybersecurity, error["skillId"]!.GetValue<string>());
        Assert.Equal("A skill can appear only once across offers and wants.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task VolunteerMentor_rejects_a_skill_offered_twice()
    {
        var error = await SingleErrorAsync(employer => Input(employer, "Twice Case", offers: [(DataAnalytics, "EXPERT"), (DataAnalytics, "ADVANCED")]));

        Assert.Equal("DuplicateSkillError", error["__typename"]!.GetValue<string>());
        Assert.Equal("offers", error["field"]!.GetValue<string>());
        Assert.Equal(DataAnalytics, error["skillId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("offers")]
    [InlineData("wants")]
    public async Task VolunteerMentor_rejects_an_empty_skill_list(string list)
    {
        var error = await SingleErrorAsync(employer => list == "offers"
            ? Input(employer, "Empty Offers Case", offers: [])
            : Input(employer, "Empty Wants Case", wants: []));

        Assert.Equal("OutOfRangeError", error["__typename"]!.GetValue<string>());
        Assert.Equal($"{list}.length", error["field"]!.GetValue<string>());
        Assert.Equal(1, error["minimum"]!.GetValue<double>());
        Assert.Equal(10, error["maximum"]!.GetValue<double>());
    }

    [Fact]
    public async Task VolunteerMentor_rejects_more_than_ten_offered_skills()
    {
        var eleven = SkillCatalogue.All.Where(s => s.Category == SkillCategory.Digital).Take(11).Select(s => (TestData.Id("Skill", s.Id), "ADVANCED")).ToArray();

        var error = await SingleErrorAsync(employer => Input(employer, "Eleven Offers Case", offers: eleven));

        Assert.Equal("OutOfRangeError", error["__typename"]!.GetValue<string>());
        Assert.Equal("offers.length", error["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task VolunteerMentor_rejects_an_employer_id_where_a_skill_id_is_needed()
    {
        string? employerId = null;

        var error = await SingleErrorAsync(employer =>
        {
            employerId = TestData.Id("Employer", employer.Id);
            return Input(employer, "Crossed Skill Case", offers: [(employerId, "ADVANCED")]);
        });

        Assert.Equal("InvalidIdError", error["__typename"]!.GetValue<string>());
        Assert.Equal("offers.skillId", error["field"]!.GetValue<string>());
        Assert.Equal(employerId, error["id"]!.GetValue<string>());
        Assert.Equal("Skill", error["expectedType"]!.GetValue<string>());
    }

    [Fact]
    public async Task VolunteerMentor_rejects_a_skill_id_where_an_employer_id_is_needed()
    {
        var count = await CountAsync();

        var payload = await VolunteerAsync(Input(null, "Crossed Employer Case", employerId: Cybersecurity));

        Assert.Null(payload["mentor"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("InvalidIdError", error["__typename"]!.GetValue<string>());
        Assert.Equal("employerId", error["field"]!.GetValue<string>());
        Assert.Equal(Cybersecurity, error["id"]!.GetValue<string>());
        Assert.Equal("Employer", error["expectedType"]!.GetValue<string>());
        Assert.Equal(count, await CountAsync());
    }

    [Fact]
    public async Task VolunteerMentor_reports_an_employer_that_does_not_exist()
    {
        var count = await CountAsync();
        var missing = TestData.Id("Employer", 999_999);

        var payload = await VolunteerAsync(Input(null, "Orphan Case", employerId: missing));

        Assert.Null(payload["mentor"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("EmployerNotFoundError", error["__typename"]!.GetValue<string>());
        Assert.Equal(missing, error["employerId"]!.GetValue<string>());
        Assert.Equal(count, await CountAsync());
    }

    [Fact]
    public async Task VolunteerMentor_reports_every_error_at_once()
    {
        var count = await CountAsync();

        var payload = await VolunteerAsync(Input(
            null,
            " ",
            employerId: TestData.Id("Employer", 999_997),
            email: "nope",
            capacity: 0,
            maxTravelKm: 201,
            postcode: "SW1A 1AA",
            offers: [(Cybersecurity, "EXPERT")],
            wants: [(Cybersecurity, "BEGINNER"), (TestData.Id("Skill", 999), "BEGINNER")]));

        Assert.Null(payload["mentor"]);
        Assert.Equal(
            [
                "BlankValueError", "InvalidEmailError", "OutOfRangeError", "OutOfRangeError", "PostcodeOutsideRegionError",
                "DuplicateSkillError", "UnknownSkillError", "EmployerNotFoundError",
            ],
            payload["errors"]!.AsArray().Select(e => e!["__typename"]!.GetValue<string>()));
        Assert.Equal(count, await CountAsync());
    }

    private static string[] Skills(JsonNode? list) =>
        [.. list!.AsArray().Select(s => $"{s!["skill"]!["slug"]!.GetValue<string>()}:{s["level"]!.GetValue<string>()}").Order(StringComparer.Ordinal)];

    private static object Input(
        Employer? employer,
        string displayName,
        string? employerId = null,
        string? email = null,
        string? jobTitle = null,
        int capacity = 2,
        int maxTravelKm = 20,
        string? postcode = null,
        (string SkillId, string Level)[]? offers = null,
        (string SkillId, string Level)[]? wants = null) =>
        new
        {
            employerId = employerId ?? TestData.Id("Employer", employer!.Id),
            displayName,
            email,
            jobTitle,
            careerStage = "MID",
            capacity,
            format = "IN_PERSON",
            maxTravelKm,
            availability = new[] { "WEEKDAY_MORNINGS" },
            postcode,
            offers = (offers ?? [(DataAnalytics, "ADVANCED")]).Select(s => new { skillId = s.SkillId, level = s.Level }),
            wants = (wants ?? [(BudgetPlanning, "BEGINNER")]).Select(s => new { skillId = s.SkillId, level = s.Level }),
        };

    private Task<Employer> EmployerAsync(string name) =>
        new TestData(app).EmployerAsync(name, Sector.IctDigital, "CV1 2JH");

    private async Task<JsonNode> VolunteerAsync(object input) =>
        (await app.CreateGraphQLClient().QueryAsync(VolunteerMentor, new { input }))["volunteerMentor"]!;

    private async Task<JsonNode> SingleErrorAsync(Func<Employer, object> input)
    {
        var employer = await EmployerAsync($"Employer {Guid.NewGuid():N}");

        var payload = await VolunteerAsync(input(employer));

        Assert.Null(payload["mentor"]);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Mentors.AnyAsync(m => m.EmployerId == employer.Id));
        return Assert.Single(payload["errors"]!.AsArray())!;
    }

    private async Task<int> CountAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.Mentors.CountAsync();
    }
}
