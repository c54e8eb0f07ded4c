using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Mentors;

public sealed class UpdateMentorTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string UpdateMentor = """
        mutation($input: UpdateMentorInput!) {
          updateMentor(input: $input) {
            mentor {
              id displayName email jobTitle careerStage capacity format maxTravelKm availability postcode status
              localAuthority { code }
              offers { level skill { slug } }
              wants { level skill { slug } }
            }
            errors {
              __typename
              ... on Error { message }
              ... on BlankValueError { field }
              ... on NullNotAllowedError { field }
              ... on ValueTooLongError { field maxLength }
              ... on InvalidEmailError { field }
              ... on OutOfRangeError { field minimum maximum }
              ... on InvalidPostcodeError { field postcode }
              ... on PostcodeNotFoundError { field postcode }
              ... on PostcodeOutsideRegionError { field postcode }
              ... on UnknownSkillError { field skillId }
              ... on DuplicateSkillError { field skillId }
              ... on InvalidIdError { field id expectedType }
              ... on MentorNotFoundError { mentorId }
              ... on MentorWithdrawnError { mentorId }
            }
          }
        }
        """;

    private static readonly string[] WeekendsOnly = ["WEEKENDS"];
    private static readonly string Cybersecurity = TestData.SkillId("cybersecurity");
    private static readonly string ArtificialIntelligence = TestData.SkillId("artificial-intelligence");
    private static readonly string ProjectManagement = TestData.SkillId("project-management");

    [Fact]
    public async Task UpdateMentor_changes_the_fields_given_and_keeps_the_rest()
    {
        var mentor = await MentorAsync("Olu Original");
        var id = TestData.Id("Mentor", mentor.Id);

        var payload = await UpdateAsync(new
        {
            mentorId = id,
            displayName = "Olu Updated",
            capacity = 4,
            format = "ONLINE",
            postcode = "B1 1AA",
            availability = WeekendsOnly,
        });

        Assert.Null(payload["errors"]);
        var updated = payload["mentor"]!;
        Assert.Equal(id, updated["id"]!.GetValue<string>());
        Assert.Equal("Olu Updated", updated["displayName"]!.GetValue<string>());
        Assert.Equal(4, updated["capacity"]!.GetValue<int>());
        Assert.Equal("ONLINE", updated["format"]!.GetValue<string>());
        Assert.Equal(["WEEKENDS"], updated["availability"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("B1", updated["postcode"]!.GetValue<string>());
        Assert.Equal("E08000025", updated["localAuthority"]!["code"]!.GetValue<string>());
        Assert.Equal("MID", updated["careerStage"]!.GetValue<string>());
        Assert.Equal(20, updated["maxTravelKm"]!.GetValue<int>());
        Assert.Equal("olu.original@example.org", updated["email"]!.GetValue<string>());
        Assert.Equal(["cybersecurity:ADVANCED"], Skills(updated["offers"]));
        Assert.Equal(["project-management:BEGINNER"], Skills(updated["wants"]));

        var row = await FindAsync(mentor.Id);
        Assert.Equal("Olu Updated", row.DisplayName);
        Assert.Equal(4, row.Capacity);
        Assert.Equal(MentoringFormat.Online, row.Format);
        Assert.Equal("B1", row.Postcode);
        Assert.Equal("E08000025", row.LocalAuthorityCode);
        Assert.Equal([Availability.Weekends], row.Availability);
        Assert.True(row.UpdatedAt > mentor.UpdatedAt);
    }

    [Fact]
    public async Task UpdateMentor_replaces_a_skill_list_that_is_given()
    {
        var mentor = await MentorAsync("Rhys Replacer");

        var payload = await UpdateAsync(new
        {
            mentorId = TestData.Id("Mentor", mentor.Id),
            offers = new[] { new { skillId = ArtificialIntelligence, level = "EXPERT" } },
        });

        Assert.Null(payload["errors"]);
        Assert.Equal(["artificial-intelligence:EXPERT"], Skills(payload["mentor"]!["offers"]));
        Assert.Equal(["project-management:BEGINNER"], Skills(payload["mentor"]!["wants"]));
        var row = await FindAsync(mentor.Id);
        Assert.Equal([TestData.Skill("artificial-intelligence")], row.Offers.Select(s => s.SkillId));
        Assert.Equal([TestData.Skill("project-management")], row.Wants.Select(s => s.SkillId));
    }

    [Fact]
    public async Task UpdateMentor_keeps_a_skill_that_stays_in_a_replaced_list_with_its_new_level()
    {
        var mentor = await MentorAsync("Kay Keeper");

        var payload = await UpdateAsync(new
        {
            mentorId = TestData.Id("Mentor", mentor.Id),
            offers = new[] { new { skillId = Cybersecurity, level = "EXPERT" }, new { skillId = ArtificialIntelligence, level = "INTERMEDIATE" } },
        });

        Assert.Null(payload["errors"]);
        Assert.Equal(["artificial-intelligence:INTERMEDIATE", "cybersecurity:EXPERT"], Skills(payload["mentor"]!["offers"]));
        var row = await FindAsync(mentor.Id);
        Assert.Equal(SkillLevel.Expert, row.Offers.Single(s => s.SkillId == TestData.Skill("cybersecurity")).Level);
        Assert.Equal(2, row.Offers.Count);
    }

    [Fact]
    public async Task UpdateMentor_clears_the_email_and_job_title_when_blank()
    {
        var mentor = await MentorAsync("Cleo Clear");

        var payload = await UpdateAsync(new { mentorId = TestData.Id("Mentor", mentor.Id), email = "", jobTitle = " " });

        Assert.Null(payload["errors"]);
        Assert.Null(payload["mentor"]!["email"]);
        Assert.Null(payload["mentor"]!["jobTitle"]);
        Assert.Null((await FindAsync(mentor.Id)).Email);
    }

    [Fact]
    public async Task UpdateMentor_rejects_a_blank_display_name()
    {
        var mentor = await MentorAsync("Blank Case");

        var error = await SingleErrorAsync(mentor, new { mentorId = TestData.Id("Mentor", mentor.Id), displayName = "  " });

        Assert.Equal("BlankValueError", error["__typename"]!.GetValue<string>());
        Assert.Equal("displayName", error["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateMentor_rejects_a_display_name_of_101_characters()
    {
        var mentor = await MentorAsync("Long Case");

        var error = await SingleErrorAsync(mentor, new { mentorId = TestData.Id("Mentor", mentor.Id), displayName = new string('d', 101) });

        Assert.Equal("ValueTooLongError", error["__typename"]!.GetValue<string>());
        Assert.Equal("displayName", error["field"]!.GetValue<string>());
        Assert.Equal(100, error["maxLength"]!.GetValue<int>());
    }

    [Fact]
    public async Task UpdateMentor_rejects_an_invalid_email()
    {
        var mentor = await MentorAsync("Email Case");

        var error = await SingleErrorAsync(mentor, new { mentorId = TestData.Id("Mentor", mentor.Id), email = "email.case@" });

        Assert.Equal("InvalidEmailError", error["__typename"]!.GetValue<string>());
        Assert.Equal("email", error["field"]!.GetValue<string>());
        Assert.Equal("'email.case@' is not a valid email address.", error["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("capacity", 0, 1, 10)]
    [InlineData("capacity", 11, 1, 10)]
    [InlineData("maxTravelKm", 201, 0, 200)]
    public async Task UpdateMentor_rejects_numbers_out_of_range(string field, int value, int minimum, int maximum)
    {
        var mentor = await MentorAsync($"Range Case {field} {value}");
        var id = TestData.Id("Mentor", mentor.Id);

        var error = await SingleErrorAsync(mentor, field == "capacity" ? new { mentorId = id, capacity = value } : new { mentorId = id, maxTravelKm = value });

        Assert.Equal("OutOfRangeError", error["__typename"]!.GetValue<string>());
        Assert.Equal(field, error["field"]!.GetValue<string>());
        Assert.Equal(minimum, error["minimum"]!.GetValue<double>());
        Assert.Equal(maximum, error["maximum"]!.GetValue<double>());
    }

    [Theory]
    [InlineData("NOT A POSTCODE", "InvalidPostcodeError")]
    [InlineData("SW1A 1AA", "PostcodeOutsideRegionError")]
    [InlineData("B99 9ZZ", "PostcodeNotFoundError")]
    public async Task UpdateMentor_rejects_a_postcode_it_cannot_place(string postcode, string typeName)
    {
        var mentor = await MentorAsync($"Postcode Case {typeName}");

        var error = await SingleErrorAsync(mentor, new { mentorId = TestData.Id("Mentor", mentor.Id), postcode });

        Assert.Equal(typeName, error["__typename"]!.GetValue<string>());
        Assert.Equal("postcode", error["field"]!.GetValue<string>());
        Assert.Equal(postcode, error["postcode"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateMentor_rejects_unknown_skill()
    {
        var mentor = await MentorAsync("Unknown Skill Case");
        var unknown = TestData.Id("Skill", 999);

        var error = await SingleErrorAsync(mentor, new { mentorId = TestData.Id("Mentor", mentor.Id), wants = new[] { new { skillId = unknown, level = "BEGINNER" } } });

        Assert.Equal("UnknownSkillError", error["__typename"]!.GetValue<string>());
        Assert.Equal("wants", error["field"]!.GetValue<string>());
        Assert.Equal(unknown, error["skillId"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateMentor_rejects_offering_a_skill_the_mentor_still_wants()
    {
        var mentor = await MentorAsync("Duplicate Case");

        var error = await SingleErrorAsync(mentor, new
        {
            mentorId = TestData.Id("Mentor", mentor.Id),
            offers = new[] { new { skillId = ProjectManagement, level = "EXPERT" } },
        });

        Assert.Equal("DuplicateSkillError", error["__typename"]!.GetValue<string>());
        Assert.Equal("wants", error["field"]!.GetValue<string>());
        Assert.Equal(ProjectManagement, error["skillId"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateMentor_rejects_an_empty_offers_list()
    {
        var mentor = await MentorAsync("Empty Offers Case");

        var error = await SingleErrorAsync(mentor, new { mentorId = TestData.Id("Mentor", mentor.Id), offers = Array.Empty<object>() });

        Assert.Equal("OutOfRangeError", error["__typename"]!.GetValue<string>());
        Assert.Equal("offers.length", error["field"]!.GetValue<string>());
        Assert.Equal(1, error["minimum"]!.GetValue<double>());
        Assert.Equal(10, error["maximum"]!.GetValue<double>());
    }

    [Fact]
    public async Task UpdateMentor_rejects_an_employer_id_where_a_mentor_id_is_needed()
    {
        var mentor = await MentorAsync("Wrong Id Case");
        var employerId = TestData.Id("Employer", mentor.EmployerId);

        var error = await SingleErrorAsync(mentor, new { mentorId = employerId, displayName = "Renamed By Mistake" });

        Assert.Equal("InvalidIdError", error["__typename"]!.GetValue<string>());
        Assert.Equal("mentorId", error["field"]!.GetValue<string>());
        Assert.Equal(employerId, error["id"]!.GetValue<string>());
        Assert.Equal("Mentor", error["expectedType"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateMentor_reports_a_mentor_that_does_not_exist()
    {
        var missing = TestData.Id("Mentor", 999_999);

        var payload = await UpdateAsync(new { mentorId = missing, displayName = "Nobody" });

        Assert.Null(payload["mentor"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("MentorNotFoundError", error["__typename"]!.GetValue<string>());
        Assert.Equal(missing, error["mentorId"]!.GetValue<string>());
        Assert.Equal($"No mentor has the ID {missing}.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateMentor_refuses_a_withdrawn_mentor()
    {
        var mentor = await MentorAsync("Withdrawn Case", MentorStatus.Withdrawn);
        var id = TestData.Id("Mentor", mentor.Id);

        var error = await SingleErrorAsync(mentor, new { mentorId = id, capacity = 3 });

        Assert.Equal("MentorWithdrawnError", error["__typename"]!.GetValue<string>());
        Assert.Equal(id, error["mentorId"]!.GetValue<string>());
        Assert.Equal("The mentor has withdrawn; their profile can no longer change.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateMentor_reports_every_error_at_once()
    {
        var mentor = await MentorAsync("Many Errors Case", MentorStatus.Withdrawn);

        var payload = await UpdateAsync(new
        {
            mentorId = TestData.Id("Mentor", mentor.Id),
            displayName = "",
            email = "nope",
            capacity = 11,
            postcode = "NOT A POSTCODE",
            offers = new[] { new { skillId = ProjectManagement, level = "EXPERT" } },
        });

        Assert.Null(payload["mentor"]);
        Assert.Equal(
            ["BlankValueError", "InvalidEmailError", "OutOfRangeError", "InvalidPostcodeError", "DuplicateSkillError", "MentorWithdrawnError"],
            payload["errors"]!.AsArray().Select(e => e!["__typename"]!.GetValue<string>()));
        await AssertUnchangedAsync(mentor);
    }

    [Fact]
    public async Task UpdateMentor_removes_an_email_and_job_title_given_as_null_and_keeps_them_left_out()
    {
        var mentor = await MentorAsync("Nia Nullable");
        var id = TestData.Id("Mentor", mentor.Id);
        await UpdateAsync(new { mentorId = id, jobTitle = "Data engineer" });

        var leftOut = await UpdateAsync(new { mentorId = id, capacity = 3 });
        var keptRow = await FindAsync(mentor.Id);
        var cleared = await UpdateAsync(new { mentorId = id, email = (string?)null, jobTitle = (string?)null });
        var clearedRow = await FindAsync(mentor.Id);

        Assert.Null(leftOut["errors"]);
        Assert.Equal("nia.nullable@example.org", keptRow.Email);
        Assert.Equal("Data engineer", keptRow.JobTitle);
        Assert.Equal("Data engineer", leftOut["mentor"]!["jobTitle"]!.GetValue<string>());
        Assert.Null(cleared["errors"]);
        Assert.Null(cleared["mentor"]!["email"]);
        Assert.Null(cleared["mentor"]!["jobTitle"]);
        Assert.Null(clearedRow.Email);
        Assert.Null(clearedRow.JobTitle);
        Assert.Equal("Nia Nullable", clearedRow.DisplayName);
        Assert.Equal(3, clearedRow.Capacity);
    }

    [Theory]
    [InlineData("displayName")]
    [InlineData("careerStage")]
    [InlineData("capacity")]
    [InlineData("format")]
    [InlineData("maxTravelKm")]
    [InlineData("availability")]
    [InlineData("postcode")]
    [InlineData("offers")]
    [InlineData("wants")]
    public async Task UpdateMentor_refuses_null_for_a_field_that_must_have_a_value(string field)
    {
        var mentor = await MentorAsync($"Null {field} Case");

        var error = await SingleErrorAsync(mentor, new JsonObject
        {
            ["mentorId"] = TestData.Id("Mentor", mentor.Id),
            ["email"] = null,
            [field] = null,
        });

        Assert.Equal("NullNotAllowedError", error["__typename"]!.GetValue<string>());
        Assert.Equal(field, error["field"]!.GetValue<string>());
        Assert.Equal($"{field} cannot be null; leave it out to keep its value.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateMentor_changes_the_other_fields_given_a_value()
    {
        var mentor = await MentorAsync("Vic Values");

        var payload = await UpdateAsync(new
        {
            mentorId = TestData.Id("Mentor", mentor.Id),
            email = "vic@values.example.org",
            jobTitle = "Automation lead",
            careerStage = "SENIOR",
            maxTravelKm = 35,
            wants = new[] { new { skillId = ArtificialIntelligence, level = "INTERMEDIATE" } },
        });

        Assert.Null(payload["errors"]);
        var row = await FindAsync(mentor.Id);
        Assert.Equal("vic@values.example.org", row.Email);
        Assert.Equal("Automation lead", row.JobTitle);
        Assert.Equal(CareerStage.Senior, row.CareerStage);
        Assert.Equal(35, row.MaxTravelKm);
        Assert.Equal([TestData.Skill("artificial-intelligence")], row.Wants.Select(s => s.SkillId));
        Assert.Equal([TestData.Skill("cybersecurity")], row.Offers.Select(s => s.SkillId));
    }

    private static string[] Skills(JsonNode? list) =>
        [.. list!.AsArray().Select(s => $"{s!["skill"]!["slug"]!.GetValue<string>()}:{s["level"]!.GetValue<string>()}").Order(StringComparer.Ordinal)];

    private async Task<Mentor> MentorAsync(string name, MentorStatus status = MentorStatus.Active)
    {
        var data = new TestData(app);
        var employer = await data.EmployerAsync($"{name} Employer", Sector.IctDigital, "CV1 2JH");
        return await data.MentorAsync(employer, name, CareerStage.Mid, ["cybersecurity"], ["project-management"], status: status);
    }

    private async Task<JsonNode> UpdateAsync(object input) =>
        (await app.CreateGraphQLClient().QueryAsync(UpdateMentor, new { input }))["updateMentor"]!;

    private async Task<JsonNode> SingleErrorAsync(Mentor mentor, object input)
    {
        var payload = await UpdateAsync(input);

        Assert.Null(payload["mentor"]);
        await AssertUnchangedAsync(mentor);
        return Assert.Single(payload["errors"]!.AsArray())!;
    }

    private async Task AssertUnchangedAsync(Mentor mentor)
    {
        var row = await FindAsync(mentor.Id);
        Assert.Equal(mentor.DisplayName, row.DisplayName);
        Assert.Equal(mentor.Email, row.Email);
        Assert.Equal(mentor.JobTitle, row.JobTitle);
        Assert.Equal(mentor.CareerStage, row.CareerStage);
        Assert.Equal(mentor.Capacity, row.Capacity);
        Assert.Equal(mentor.Format, row.Format);
        Assert.Equal(mentor.MaxTravelKm, row.MaxTravelKm);
        Assert.Equal(mentor.Availability, row.Availability);
        Assert.Equal(mentor.Postcode, row.Postcode);
        Assert.Equal(mentor.UpdatedAt, row.UpdatedAt);
        Assert.Equal([TestData.Skill("cybersecurity")], row.Offers.Select(s => s.SkillId));
        Assert.Equal([TestData.Skill("project-management")], row.Wants.Select(s => s.SkillId));
    }

    private async Task<Mentor> FindAsync(int id)
    {
        await using var db = app.CreateDbContext();
        return await db.Mentors.AsNoTracking().Include(m => m.Offers).Include(m => m.Wants).SingleAsync(m => m.Id == id);
    }
}
