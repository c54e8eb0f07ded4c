using System.Text.Json.Nodes;
using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Programmes;

namespace Network.Server.Tests.Webinars;

/// <summary>
/// The webinar mutations against every kind of caller, as the network-wide matrix does for the others: an
/// outsider's payload holds a single NotAuthorizedError and nothing changes; the webinar's organiser and
/// administrators succeed with the very same input and something is written.
/// </summary>
public sealed class WebinarAuthorizationTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Anonymous = "anonymous";
    private const string Partner = "PARTNER";
    private const string Coordinator = "COORDINATOR";
    private const string EmployerAdmin = "EMPLOYER_ADMIN";
    private const string Mentor = "MENTOR";
    private const string TheOrganiser = "ORGANISER of the webinar";
    private const string OtherOrganiser = "ORGANISER of other webinars";
    private const string Administrator = "ADMIN";

    private static readonly string[] NotOrganisers = [Anonymous, Partner, Coordinator, EmployerAdmin, Mentor];

    private static readonly string[] WebinarChanges = ["updateWebinar", "publishWebinar", "completeWebinar", "cancelWebinar"];

    /// <summary>Each mutation with an input that succeeds for an owner, given the ID of a webinar prepared for it.</summary>
    public static IReadOnlyDictionary<string, Func<string, object>> Mutations { get; } = new Dictionary<string, Func<string, object>>
    {
        ["createWebinar"] = _ => WebinarApi.Online("Matrix created"),
        ["updateWebinar"] = id => new { webinarId = id, title = "Matrix renamed", capacity = 12 },
        ["publishWebinar"] = id => new { webinarId = id },
        ["completeWebinar"] = id => new { webinarId = id },
        ["cancelWebinar"] = id => new { webinarId = id, reason = "No speaker." },
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

            return rows;
        }
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task An_outsider_is_refused_and_nothing_is_written(string mutation, string caller)
    {
        var id = await WebinarAsync(mutation);
        var before = await SnapshotAsync(id);

        var payload = await SendAsync(mutation, caller, id);

        Assert.Null(payload["webinar"]);
        Assert.Equal(["NotAuthorizedError"], ProgrammeApi.ErrorTypes(payload));
        Assert.Equal(before, await SnapshotAsync(id));
    }

    [Theory]
    [MemberData(nameof(Owners))]
    public async Task An_owner_succeeds_and_something_is_written(string mutation, string caller)
    {
        var id = await WebinarAsync(mutation);
        var before = await SnapshotAsync(id);

        var payload = await SendAsync(mutation, caller, id);

        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        Assert.NotNull(payload["webinar"]);
        Assert.NotEqual(before, await SnapshotAsync(id));
    }

    [Fact]
    public async Task A_draft_is_not_found_by_organisers_who_do_not_run_it()
    {
        var id = await WebinarAsync("publishWebinar");
        var before = await SnapshotAsync(id);

        var payload = await SendAsync("publishWebinar", OtherOrganiser, id);

        Assert.Equal(["WebinarNotFoundError"], ProgrammeApi.ErrorTypes(payload));
        Assert.Equal(before, await SnapshotAsync(id));
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
        Mentor => TestCallers.Mentor(1),
        TheOrganiser => TestCallers.Organiser,
        OtherOrganiser => new Caller("other-webinars-organiser", [Role.Organiser]),
        Administrator => TestCallers.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };

    private Task<JsonNode> SendAsync(string mutation, string caller, string webinarId) =>
        new WebinarApi(app).SendAsync(CallerFor(caller), mutation, Mutations[mutation](webinarId), "webinar { id }");

    /// <summary>A webinar of the matrix's organiser in the status the mutation starts from: a draft for publishWebinar, over for completeWebinar, published otherwise.</summary>
    private async Task<string> WebinarAsync(string mutation)
    {
        var api = new WebinarApi(app);
        if (mutation == "publishWebinar")
        {
            return await api.CreateAsync(TestCallers.Organiser, WebinarApi.Online("Matrix draft"));
        }

        var id = await api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Matrix published"));
        if (mutation == "completeWebinar")
        {
            await api.EndAsync(id);
        }

        return id;
    }

    private Task<string> SnapshotAsync(string webinarId) => new WebinarApi(app).SnapshotAsync(webinarId);
}
