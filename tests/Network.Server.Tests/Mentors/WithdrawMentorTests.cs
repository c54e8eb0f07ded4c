using System.Globalization;
using System.Text.Json.Nodes;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Mentors;

public sealed class WithdrawMentorTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string WithdrawMentor = """
        mutation($input: WithdrawMentorInput!) {
          withdrawMentor(input: $input) {
            mentor { id displayName status withdrawnAt }
            errors {
              __typename
              ... on Error { message }
              ... on InvalidIdError { field id expectedType }
              ... on MentorNotFoundError { mentorId }
              ... on MentorWithdrawnError { mentorId }
            }
          }
        }
        """;

    [Fact]
    public async Task WithdrawMentor_withdraws_an_active_mentor()
    {
        var mentor = await MentorAsync("Wendy Withdraw");
        var id = TestData.Id("Mentor", mentor.Id);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var payload = await WithdrawAsync(id);

        Assert.Null(payload["errors"]);
        Assert.Equal(id, payload["mentor"]!["id"]!.GetValue<string>());
        Assert.Equal("WITHDRAWN", payload["mentor"]!["status"]!.GetValue<string>());
        var withdrawnAt = DateTimeOffset.Parse(payload["mentor"]!["withdrawnAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        Assert.InRange(withdrawnAt, before, DateTimeOffset.UtcNow.AddSeconds(1));

        var row = await app.FindAsync<Mentor>(mentor.Id);
        Assert.Equal(MentorStatus.Withdrawn, row.Status);
        Assert.NotNull(row.WithdrawnAt);
    }

    [Fact]
    public async Task A_withdrawn_mentor_is_no_longer_listed()
    {
        var mentor = await MentorAsync("Lena Listed");

        await WithdrawAsync(TestData.Id("Mentor", mentor.Id));

        var data = await app.CreateGraphQLClient().QueryAsync("""
            query($id: ID!) { mentors(where: { id: { eq: $id } }) { totalCount } employers(where: { name: { eq: "Lena Listed Employer" } }) { nodes { mentors { id } } } }
            """, new { id = TestData.Id("Mentor", mentor.Id) });
        Assert.Equal(0, data["mentors"]!["totalCount"]!.GetValue<int>());
        Assert.Empty(data["employers"]!["nodes"]![0]!["mentors"]!.AsArray());
    }

    [Fact]
    public async Task WithdrawMentor_refuses_a_mentor_who_has_already_withdrawn()
    {
        var mentor = await MentorAsync("Wade Twice", MentorStatus.Withdrawn);
        var id = TestData.Id("Mentor", mentor.Id);

        var error = await SingleErrorAsync(mentor, id);

        Assert.Equal("MentorWithdrawnError", error["__typename"]!.GetValue<string>());
        Assert.Equal(id, error["mentorId"]!.GetValue<string>());
        Assert.Equal("The mentor has already withdrawn.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Withdrawing_twice_keeps_the_first_withdrawal_time()
    {
        var mentor = await MentorAsync("Tom Twice");
        var id = TestData.Id("Mentor", mentor.Id);

        var first = await WithdrawAsync(id);
        var second = await WithdrawAsync(id);

        Assert.Null(first["errors"]);
        Assert.Equal("MentorWithdrawnError", second["errors"]![0]!["__typename"]!.GetValue<string>());
        var row = await app.FindAsync<Mentor>(mentor.Id);
        Assert.Equal(
            DateTimeOffset.Parse(first["mentor"]!["withdrawnAt"]!.GetValue<string>(), CultureInfo.InvariantCulture),
            row.WithdrawnAt!.Value,
            TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task WithdrawMentor_rejects_an_employer_id_where_a_mentor_id_is_needed()
    {
        var mentor = await MentorAsync("Ivy Wrong Id");
        var employerId = TestData.Id("Employer", mentor.EmployerId);

        var error = await SingleErrorAsync(mentor, employerId);

        Assert.Equal("InvalidIdError", error["__typename"]!.GetValue<string>());
        Assert.Equal("mentorId", error["field"]!.GetValue<string>());
        Assert.Equal(employerId, error["id"]!.GetValue<string>());
        Assert.Equal("Mentor", error["expectedType"]!.GetValue<string>());
    }

    [Fact]
    public async Task WithdrawMentor_rejects_a_malformed_id()
    {
        var payload = await WithdrawAsync("mentor-7");

        Assert.Null(payload["mentor"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("InvalidIdError", error["__typename"]!.GetValue<string>());
        Assert.Equal("mentor-7", error["id"]!.GetValue<string>());
        Assert.Equal("mentorId is not a valid ID.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task WithdrawMentor_reports_a_mentor_that_does_not_exist()
    {
        var missing = TestData.Id("Mentor", 999_999);

        var payload = await WithdrawAsync(missing);

        Assert.Null(payload["mentor"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("MentorNotFoundError", error["__typename"]!.GetValue<string>());
        Assert.Equal(missing, error["mentorId"]!.GetValue<string>());
        Assert.Equal($"No mentor has the ID {missing}.", error["message"]!.GetValue<string>());
    }

    private async Task<Mentor> MentorAsync(string name, MentorStatus status = MentorStatus.Active)
    {
        var data = new TestData(app);
        var employer = await data.EmployerAsync($"{name} Employer", Sector.Construction, "DY1 1AA");
        return await data.MentorAsync(employer, name, CareerStage.Senior, ["site-management"], ["cybersecurity"], status: status);
    }

    private async Task<JsonNode> WithdrawAsync(string mentorId) =>
        (await app.CreateGraphQLClient().QueryAsync(WithdrawMentor, new { input = new { mentorId } }))["withdrawMentor"]!;

    private async Task<JsonNode> SingleErrorAsync(Mentor mentor, string mentorId)
    {
        var payload = await WithdrawAsync(mentorId);

        Assert.Null(payload["mentor"]);
        var row = await app.FindAsync<Mentor>(mentor.Id);
        Assert.Equal(mentor.Status, row.Status);
        Assert.Equal(mentor.WithdrawnAt, row.WithdrawnAt);
        Assert.Equal(mentor.UpdatedAt, row.UpdatedAt);
        return Assert.Single(payload["errors"]!.AsArray())!;
    }
}
