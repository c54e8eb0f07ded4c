using System.Text.Json.Nodes;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Programmes;

namespace Network.Server.Tests.Webinars;

/// <summary>
/// The webinar mutations against every kind of caller, as the network-wide matrix does for the others: an
/// outsider's payload holds a single NotAuthorizedError and nothing changes; the webinar's organiser and
/// administrators (or, for registrations and answers to invitations, the mentor themself) succeed with the very same input and something is written.
/// </summary>
public sealed class WebinarAuthorizationTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Anonymous = "anonymous";
    private const string Partner = "PARTNER";
    private const string Coordinator = "COORDINATOR";
    private const string EmployerAdmin = "EMPLOYER_ADMIN";
    private const string Mentor = "MENTOR";
    private const string OtherMentor = "MENTOR registering someone else";
    private const string TheOrganiser = "ORGANISER of the webinar";
    private const string OtherOrganiser = "ORGANISER of other webinars";
    private const string Administrator = "ADMIN";

    private static readonly string[] NotOrganisers = [Anonymous, Partner, Coordinator, EmployerAdmin, Mentor];

    private static readonly string[] NotTheMentor = [Anonymous, Partner, Coordinator, EmployerAdmin, OtherMentor, TheOrganiser, Administrator];

    private static readonly string[] Registrations = ["registerForWebinar", "cancelWebinarRegistration", "respondToWebinarInvitation"];

    private static readonly string[] WebinarChanges = ["updateWebinar", "publishWebinar", "completeWebinar", "cancelWebinar", "recordWebinarAttendance", "inviteToWebinar"];

    /// <summary>Each mutation with an input that succeeds for an owner, given the webinar (and registration) prepared for it.</summary>
    public static IReadOnlyDictionary<string, Func<Target, object>> Mutations { get; } = new Dictionary<string, Func<Target, object>>
    {
        ["createWebinar"] = _ => WebinarApi.Online("Matrix created"),
        ["updateWebinar"] = t => new { webinarId = t.WebinarId, title = "Matrix renamed", capacity = 12 },
        ["publishWebinar"] = t => new { webinarId = t.WebinarId },
        ["completeWebinar"] = t => new { webinarId = t.WebinarId },
        ["cancelWebinar"] = t => new { webinarId = t.WebinarId, reason = "No speaker." },
        ["registerForWebinar"] = t => new { webinarId = t.WebinarId, mentorId = TestData.Id("Mentor", MatrixMentorId) },
        ["cancelWebinarRegistration"] = t => new { registrationId = t.RegistrationId },
        ["recordWebinarAttendance"] = t => new { webinarId = t.WebinarId, attended = new[] { t.RegistrationId } },
        ["inviteToWebinar"] = t => new { webinarId = t.WebinarId, mentorIds = new[] { TestData.Id("Mentor", MatrixMentorId) } },
        ["respondToWebinarInvitation"] = t => new { invitationId = t.InvitationId, response = "ACCEPT" },
    };

    public static TheoryData<string, string> Outsiders
    {
        get
        {
            var rows = new TheoryData<string, string>();
            Add(rows, "createWebinar", NotOrganisers);
            foreach (var mutation in WebinarChanges)
            {
                Add(rows, mutation, NotOrganisers);

                // A draft is not found at all by organisers who do not run it (see below).
                if (mutation != "publishWebinar")
                {
                    Add(rows, mutation, OtherOrganiser);
                }
            }

            foreach (var mutation in Registrations)
            {
                Add(rows, mutation, NotTheMentor);
            }

            return rows;
        }
    }

    public static TheoryData<string, string> Owners
    {
        get
        {
            var rows = new TheoryData<string, string>();
            Add(rows, "createWebinar", TheOrganiser, OtherOrganiser, Administrator);
            foreach (var mutation in WebinarChanges)
            {
                Add(rows, mutation, TheOrganiser, Administrator);
            }

            foreach (var mutation in Registrations)
            {
                Add(rows, mutation, Mentor);
            }

            return rows;
        }
    }

    /// <summary>The mentor the matrix registers, and their employer: the first of each in the class's database.</summary>
    private const int MatrixMentorId = 1;

    /// <summary>A webinar prepared for a mutation, and the matrix mentor's registration for it, or invitation to it, when the mutation needs one.</summary>
    public sealed record Target(string WebinarId, string? RegistrationId, string? InvitationId = null);

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task An_outsider_is_refused_and_nothing_is_written(string mutation, string caller)
    {
        var target = await TargetAsync(mutation);
        var before = await SnapshotAsync(target);

        var payload = await SendAsync(mutation, caller, target);

        Assert.Null(payload[Result(mutation)]);
        Assert.Equal(["NotAuthorizedError"], ProgrammeApi.ErrorTypes(payload));
        Assert.Equal(before, await SnapshotAsync(target));
    }

    [Theory]
    [MemberData(nameof(Owners))]
    public async Task An_owner_succeeds_and_something_is_written(string mutation, string caller)
    {
        var target = await TargetAsync(mutation);
        var before = await SnapshotAsync(target);

        var payload = await SendAsync(mutation, caller, target);

        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        Assert.NotNull(payload[Result(mutation)]);
        Assert.NotEqual(before, await SnapshotAsync(target));
    }

    [Fact]
    public async Task A_draft_is_not_found_by_organisers_who_do_not_run_it()
    {
        var target = await TargetAsync("publishWebinar");
        var before = await SnapshotAsync(target);

        var payload = await SendAsync("publishWebinar", OtherOrganiser, target);

        Assert.Equal(["WebinarNotFoundError"], ProgrammeApi.ErrorTypes(payload));
        Assert.Equal(before, await SnapshotAsync(target));
    }

    private static void Add(TheoryData<string, string> rows, string mutation, params string[] callers)
    {
        foreach (var caller in callers)
        {
            rows.Add(mutation, caller);
        }
    }

    private static Caller CallerFor(string caller) => caller switch
    {
        Anonymous => TestCallers.Anonymous,
        Partner => TestCallers.Partner,
        Coordinator => TestCallers.Coordinator,
        EmployerAdmin => TestCallers.EmployerAdmin(1),
        Mentor => TestCallers.Mentor(MatrixMentorId),
        OtherMentor => TestCallers.Mentor(MatrixMentorId + 1),
        TheOrganiser => TestCallers.Organiser,
        OtherOrganiser => new Caller("other-webinars-organiser", [Role.Organiser]),
        Administrator => TestCallers.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };

    private static string Result(string mutation) => mutation switch
    {
        "inviteToWebinar" => "invitations",
        "respondToWebinarInvitation" => "invitation",
        _ when Registrations.Contains(mutation) => "registration",
        _ => "webinar",
    };

    private Task<JsonNode> SendAsync(string mutation, string caller, Target target) =>
        new WebinarApi(app).SendAsync(CallerFor(caller), mutation, Mutations[mutation](target), $"{Result(mutation)} {{ id }}");

    /// <summary>
    /// A webinar of the matrix's organiser in the status the mutation starts from: a draft for publishWebinar, over for
    /// completeWebinar, published otherwise; with the matrix mentor registered for cancelling a registration or recording attendance.
    /// </summary>
    private async Task<Target> TargetAsync(string mutation)
    {
        await app.SeedOnceAsync(async data =>
        {
            var employer = await data.EmployerAsync("Matrix Ltd", Sector.IctDigital, "CV1 2JH");
            var mentor = await data.MentorAsync(employer, "Matrix Mentor", CareerStage.Early, ["data-analytics"], ["cybersecurity"]);
            var other = await data.MentorAsync(employer, "Matrix Other Mentor", CareerStage.Early, ["data-analytics"], ["cybersecurity"]);
            Assert.Equal((1, MatrixMentorId, MatrixMentorId + 1), (employer.Id, mentor.Id, other.Id));
        });
        var api = new WebinarApi(app);
        if (mutation == "publishWebinar")
        {
            return new(await api.CreateAsync(TestCallers.Organiser, WebinarApi.Online("Matrix draft")), null);
        }

        var id = await api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Matrix published"));
        var registration = mutation is "cancelWebinarRegistration" or "recordWebinarAttendance"
            ? (await api.RegisterAsync(TestCallers.Mentor(MatrixMentorId), id)).Id
            : null;
        var invitation = mutation is "respondToWebinarInvitation"
            ? await api.InviteAsync(TestCallers.Organiser, id, mentorId: TestData.Id("Mentor", MatrixMentorId))
            : null;
        if (mutation is "completeWebinar" or "recordWebinarAttendance")
        {
            await api.EndAsync(id);
        }

        return new(id, registration, invitation);
    }

    private async Task<string> SnapshotAsync(Target target)
    {
        var api = new WebinarApi(app);
        return $"{await api.SnapshotAsync(target.WebinarId)} / {await api.RegistrationsSnapshotAsync(target.WebinarId)} / {await api.InvitationsSnapshotAsync(target.WebinarId)}";
    }
}
