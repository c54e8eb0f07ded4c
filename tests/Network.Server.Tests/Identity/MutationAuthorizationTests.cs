using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Auditing;
using Network.Server.Calendars;
using Network.Server.Employers;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Programmes;
using Network.Server.Tests.Webinars;

namespace Network.Server.Tests.Identity;

/// <summary>
/// Every mutation of the schema against every caller who does not own the data it touches: the payload
/// holds a single NotAuthorizedError, its result is null and no row of any table changes. The owners of
/// the data, and administrators, succeed with the very same input. Mutations that take a file get it as
/// clients send one, in a multipart request.
/// </summary>
public sealed class MutationAuthorizationTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    // Callers, named as the test cases show them. "The employer" and "the mentor" are those the input names.
    private const string Anonymous = "anonymous";
    private const string Partner = "PARTNER";
    private const string Organiser = "ORGANISER";
    private const string Coordinator = "COORDINATOR";
    private const string Administrator = "ADMIN";
    private const string EmployersAdmin = "EMPLOYER_ADMIN of the employer";
    private const string OtherEmployersAdmin = "EMPLOYER_ADMIN of another employer";
    private const string UnboundEmployerAdmin = "EMPLOYER_ADMIN bound to no employer";
    private const string TheMentor = "the MENTOR themself";
    private const string EmployersMentor = "MENTOR at the employer";
    private const string Colleague = "MENTOR colleague at the same employer";
    private const string OtherEmployersMentor = "MENTOR at another employer";
    private const string UnboundMentor = "MENTOR bound to no mentor";

    private static readonly string[] EmployerOutsiders =
        [Anonymous, Partner, Organiser, Coordinator, OtherEmployersAdmin, UnboundEmployerAdmin, EmployersMentor, OtherEmployersMentor, UnboundMentor];

    private static readonly string[] ProfileOutsiders =
        [Anonymous, Partner, Organiser, Coordinator, OtherEmployersAdmin, UnboundEmployerAdmin, Colleague, OtherEmployersMentor, UnboundMentor];

    // For pairing mutations the world's pairing joins the mentor and the mentor at the other employer: both
    // mentors and both employers' admins are its parties, and the mentor's colleague is not.
    private static readonly string[] PairingOutsiders =
        [Anonymous, Partner, Organiser, UnboundEmployerAdmin, Colleague, UnboundMentor];

    private static readonly string[] PairingParties =
        [Administrator, EmployersAdmin, OtherEmployersAdmin, TheMentor, OtherEmployersMentor];

    private static readonly string[] PairingMutations =
        ["proposePairing", "acceptPairing", "declinePairing", "activatePairing", "completePairing", "endPairing"];

    // Pausing is for those who look into concerns: not the pairing's mentors, nor their employers.
    private static readonly string[] PausingOutsiders =
        [Anonymous, Partner, Organiser, EmployersAdmin, OtherEmployersAdmin, UnboundEmployerAdmin, TheMentor, Colleague, OtherEmployersMentor, UnboundMentor];

    // A block is the mentor's own choice: not their employer's, nor a coordinator's.
    private static readonly string[] BlockingOutsiders =
        [Anonymous, Partner, Organiser, Coordinator, EmployersAdmin, OtherEmployersAdmin, UnboundEmployerAdmin, Colleague, OtherEmployersMentor, UnboundMentor];

    // Only coordinators and administrators plan cohorts; the mentors and employers of the pool do not.
    private static readonly string[] PlanningOutsiders =
        [Anonymous, Partner, Organiser, EmployersAdmin, OtherEmployersAdmin, UnboundEmployerAdmin, TheMentor, OtherEmployersMentor, UnboundMentor];

    // Coordinators onboard employers: they import for any employer, as the employer's own admins do for theirs.
    private static readonly string[] ImportOutsiders =
        [Anonymous, Partner, Organiser, OtherEmployersAdmin, UnboundEmployerAdmin, EmployersMentor, OtherEmployersMentor, UnboundMentor];

    private static readonly string[] ImportMutations = ["importMentors", "importSkillsGaps"];

    private static readonly string[] NonMentors =
        [Anonymous, Partner, Organiser, Coordinator, Administrator, EmployersAdmin, OtherEmployersAdmin, UnboundEmployerAdmin, UnboundMentor];

    /// <summary>Each mutation of the schema with an input that succeeds for an owner of the data of a fresh <see cref="World"/>.</summary>
    private static readonly Dictionary<string, MutationCase> Mutations = new()
    {
        ["registerEmployer"] = new("RegisterEmployerInput", "employer { id }", w => Json(new
        {
            name = $"{w.Tag} Registered",
            sector = "ENGINEERING_MANUFACTURING",
            size = "MEDIUM",
            postcode = "B1 1AA",
            website = "https://registered.example.org",
        })),
        ["updateEmployer"] = new("UpdateEmployerInput", "employer { id }", w => Json(new
        {
            employerId = TestData.Id("Employer", w.Employer.Id),
            name = $"{w.Tag} Renamed",
            size = "LARGE",
            website = "https://renamed.example.org",
            postcode = "B1 1AA",
        }), IdField: "employerId", IdType: "Employer"),
        ["publishSkillsGap"] = new("PublishSkillsGapInput", "skillsGap { id }", w => Json(new
        {
            employerId = TestData.Id("Employer", w.Employer.Id),
            skillId = TestData.SkillId("cloud-computing"),
            severity = "CRITICAL",
            hardToFillVacancies = 4,
            description = "Cloud engineers",
        }), IdField: "employerId", IdType: "Employer"),
        ["updateSkillsGap"] = new("UpdateSkillsGapInput", "skillsGap { id }", w => Json(new
        {
            skillsGapId = TestData.Id("SkillsGap", w.Gap.Id),
            severity = "LOW",
            hardToFillVacancies = 9,
            description = "Changed",
        }), IdField: "skillsGapId", IdType: "SkillsGap"),
        ["closeSkillsGap"] = new("CloseSkillsGapInput", "skillsGap { id }", w => Json(new
        {
            skillsGapId = TestData.Id("SkillsGap", w.Gap.Id),
            status = "FILLED",
        }), IdField: "skillsGapId", IdType: "SkillsGap"),
        ["volunteerMentor"] = new("VolunteerMentorInput", "mentor { id }", w => Json(new
        {
            employerId = TestData.Id("Employer", w.Employer.Id),
            displayName = $"{w.Tag} Volunteer",
            email = "volunteer@example.org",
            jobTitle = "Analyst",
            careerStage = "EARLY",
            capacity = 1,
            format = "ONLINE",
            maxTravelKm = 5,
            availability = new[] { "WEEKENDS" },
            offers = new[] { new { skillId = TestData.SkillId("data-analytics"), level = "INTERMEDIATE" } },
            wants = new[] { new { skillId = TestData.SkillId("cybersecurity"), level = "BEGINNER" } },
        }), IdField: "employerId", IdType: "Employer"),
        ["updateMentor"] = new("UpdateMentorInput", "mentor { id }", w => Json(new
        {
            mentorId = TestData.Id("Mentor", w.Mentor.Id),
            displayName = $"{w.Tag} Renamed Mentor",
            email = "renamed@example.org",
            jobTitle = "Architect",
            capacity = 5,
            postcode = "B1 1AA",
            offers = new[] { new { skillId = TestData.SkillId("artificial-intelligence"), level = "EXPERT" } },
            wants = new[] { new { skillId = TestData.SkillId("budget-planning"), level = "BEGINNER" } },
        }), IdField: "mentorId", IdType: "Mentor"),
        ["withdrawMentor"] = new("WithdrawMentorInput", "mentor { id }", w => Json(new
        {
            mentorId = TestData.Id("Mentor", w.Mentor.Id),
        }), IdField: "mentorId", IdType: "Mentor"),
        ["proposePairing"] = new("ProposePairingInput", "pairing { id }", w => Json(new
        {
            mentorId = TestData.Id("Mentor", w.Mentor.Id),
            partnerId = TestData.Id("Mentor", w.OtherMentor.Id),
        }), IdField: "mentorId", IdType: "Mentor"),
        ["acceptPairing"] = new("AcceptPairingInput", "pairing { id }", w => Json(new { pairingId = w.PairingId }), IdField: "pairingId", IdType: "Pairing"),
        ["declinePairing"] = new("DeclinePairingInput", "pairing { id }", w => Json(new { pairingId = w.PairingId, reason = "Not now" }), IdField: "pairingId", IdType: "Pairing"),
        ["activatePairing"] = new("ActivatePairingInput", "pairing { id }", w => Json(new { pairingId = w.PairingId }), IdField: "pairingId", IdType: "Pairing"),
        ["completePairing"] = new("CompletePairingInput", "pairing { id }", w => Json(new { pairingId = w.PairingId }), IdField: "pairingId", IdType: "Pairing"),
        ["endPairing"] = new("EndPairingInput", "pairing { id }", w => Json(new { pairingId = w.PairingId, reason = "MISMATCH", note = "Different goals" }),
            IdField: "pairingId", IdType: "Pairing"),
        ["pausePairing"] = new("PausePairingInput", "pairing { id }", w => Json(new { pairingId = w.PairingId, note = "A concern is being looked into." }),
            IdField: "pairingId", IdType: "Pairing"),
        ["resumePairing"] = new("ResumePairingInput", "pairing { id }", w => Json(new { pairingId = w.PairingId, note = "Looked into." }),
            IdField: "pairingId", IdType: "Pairing"),
        ["blockMentor"] = new("BlockMentorInput", "mentor { id }", w => Json(new
        {
            mentorId = TestData.Id("Mentor", w.Mentor.Id),
            blockedMentorId = TestData.Id("Mentor", w.OtherMentor.Id),
        }), IdField: "mentorId", IdType: "Mentor"),
        ["unblockMentor"] = new("UnblockMentorInput", "mentor { id }", w => Json(new
        {
            mentorId = TestData.Id("Mentor", w.Mentor.Id),
            blockedMentorId = TestData.Id("Mentor", w.OtherMentor.Id),
        }), IdField: "mentorId", IdType: "Mentor"),
        ["planPairings"] = new("PlanPairingsInput", "plan { poolSize }", w => Json(new
        {
            pool = new { mentorIds = new[] { TestData.Id("Mentor", w.Mentor.Id), TestData.Id("Mentor", w.OtherMentor.Id) } },
        })),
        ["confirmPairingPlan"] = new("ConfirmPairingPlanInput", "pairings { id }", w => Json(new
        {
            pairs = new[] { new { mentorId = TestData.Id("Mentor", w.Mentor.Id), partnerId = TestData.Id("Mentor", w.OtherMentor.Id) } },
        })),
        ["importMentors"] = new("ImportMentorsInput", "import { created }", w => Json(new
        {
            employerId = TestData.Id("Employer", w.Employer.Id),
            file = (string?)null,
        }), IdField: "employerId", IdType: "Employer", Csv: w => $"""
            externalReference,displayName,email,jobTitle,careerStage,capacity,format,maxTravelKm,postcode,availability,offers,wants
            {w.Tag}-M,{w.Tag} Imported,imported@example.org,Analyst,EARLY,1,ONLINE,5,,WEEKENDS,data-analytics:INTERMEDIATE,cybersecurity:BEGINNER
            """),
        ["importSkillsGaps"] = new("ImportSkillsGapsInput", "import { created }", w => Json(new
        {
            employerId = TestData.Id("Employer", w.Employer.Id),
            file = (string?)null,
        }), IdField: "employerId", IdType: "Employer", Csv: w => $"""
            externalReference,skill,severity,hardToFillVacancies,description,sector
            {w.Tag}-G,cloud-computing,CRITICAL,4,Cloud engineers,
            """),
        ["exportMyData"] = new(null, "export { exportedAt mentor { id } }", null),
        ["eraseMyData"] = new(null, "mentor { id }", null),
        ["createCalendarFeed"] = new(null, "calendarFeed { createdAt }", null),
        ["revokeCalendarFeed"] = new(null, "calendarFeed { revokedAt }", null),
    };

    public static TheoryData<string, string> Outsiders
    {
        get
        {
            var rows = new TheoryData<string, string>();
            Add(rows, "registerEmployer", Anonymous, Partner, Organiser, OtherEmployersAdmin, EmployersMentor, UnboundMentor);
            foreach (var mutation in new[] { "updateEmployer", "publishSkillsGap", "updateSkillsGap", "closeSkillsGap", "volunteerMentor" })
            {
                Add(rows, mutation, EmployerOutsiders);
            }

            Add(rows, "updateMentor", ProfileOutsiders);
            Add(rows, "withdrawMentor", ProfileOutsiders);
            Add(rows, "exportMyData", NonMentors);
            Add(rows, "eraseMyData", NonMentors);
            Add(rows, "createCalendarFeed", NonMentors);
            Add(rows, "revokeCalendarFeed", NonMentors);
            foreach (var mutation in PairingMutations)
            {
                Add(rows, mutation, PairingOutsiders);
            }

            Add(rows, "planPairings", PlanningOutsiders);
            Add(rows, "confirmPairingPlan", PlanningOutsiders);
            foreach (var mutation in ImportMutations)
            {
                Add(rows, mutation, ImportOutsiders);
            }

            Add(rows, "pausePairing", PausingOutsiders);
            Add(rows, "resumePairing", PausingOutsiders);
            Add(rows, "blockMentor", BlockingOutsiders);
            Add(rows, "unblockMentor", BlockingOutsiders);

            // Coordinators propose and steer pairings; only the parties accept or decline them.
            Add(rows, "acceptPairing", Coordinator);
            Add(rows, "declinePairing", Coordinator);
            return rows;
        }
    }

    public static TheoryData<string, string> Owners
    {
        get
        {
            var rows = new TheoryData<string, string>();
            Add(rows, "registerEmployer", Administrator, Coordinator, UnboundEmployerAdmin);
            foreach (var mutation in new[] { "updateEmployer", "publishSkillsGap", "updateSkillsGap", "closeSkillsGap", "volunteerMentor" })
            {
                Add(rows, mutation, Administrator, EmployersAdmin);
            }

            Add(rows, "updateMentor", Administrator, EmployersAdmin, TheMentor);
            Add(rows, "withdrawMentor", Administrator, EmployersAdmin, TheMentor);
            Add(rows, "exportMyData", TheMentor);
            Add(rows, "eraseMyData", TheMentor);
            Add(rows, "createCalendarFeed", TheMentor);
            Add(rows, "revokeCalendarFeed", TheMentor);
            foreach (var mutation in PairingMutations)
            {
                Add(rows, mutation, PairingParties);
            }

            Add(rows, "planPairings", Administrator, Coordinator);
            Add(rows, "confirmPairingPlan", Administrator, Coordinator);
            foreach (var mutation in ImportMutations)
            {
                Add(rows, mutation, Administrator, EmployersAdmin, Coordinator);
            }

            Add(rows, "proposePairing", Coordinator);
            Add(rows, "activatePairing", Coordinator);
            Add(rows, "completePairing", Coordinator);
            Add(rows, "endPairing", Coordinator);
            Add(rows, "pausePairing", Administrator, Coordinator);
            Add(rows, "resumePairing", Administrator, Coordinator);
            Add(rows, "blockMentor", Administrator, TheMentor);
            Add(rows, "unblockMentor", Administrator, TheMentor);
            return rows;
        }
    }

    /// <summary>Mutations taking an ID, sent with an ID that is malformed or names another type, by a caller who may not act on the employer or mentor.</summary>
    public static TheoryData<string, string, string> InvalidIds
    {
        get
        {
            var rows = new TheoryData<string, string, string>();
            foreach (var (mutation, outsider) in new[]
            {
                ("updateEmployer", OtherEmployersAdmin), ("publishSkillsGap", OtherEmployersAdmin), ("updateSkillsGap", OtherEmployersAdmin),
                ("closeSkillsGap", OtherEmployersAdmin), ("volunteerMentor", OtherEmployersAdmin), ("updateMentor", OtherEmployersMentor),
                ("withdrawMentor", OtherEmployersMentor), ("proposePairing", Colleague), ("acceptPairing", Colleague), ("declinePairing", Colleague),
                ("activatePairing", Colleague), ("completePairing", Colleague), ("endPairing", Colleague),
                ("importMentors", OtherEmployersAdmin), ("importSkillsGaps", OtherEmployersAdmin),
                ("blockMentor", OtherEmployersMentor), ("unblockMentor", OtherEmployersMentor),
            })
            {
                rows.Add(mutation, Partner, "malformed");
                rows.Add(mutation, outsider, "malformed");
                rows.Add(mutation, outsider, "of another type");
            }

            return rows;
        }
    }

    [Fact]
    public async Task The_matrix_covers_every_mutation_of_the_schema()
    {
        // The served schema is schema/schema.graphql (SchemaTests holds them equal).
        var data = await app.CreateGraphQLClient().QueryAsync("{ __schema { mutationType { fields { name } } } }");
        var fields = data["__schema"]!["mutationType"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();

        // The programme, training, concern, agreement, session, feedback, check-in and outcome mutations have a matrix of their own, whose callers are those of a programme.
        // The webinar mutations have one too, whose callers are organisers and those who are not.
        var programmes = ProgrammeAuthorizationTests.Mutations.Keys.ToList();
        var webinars = WebinarAuthorizationTests.Mutations.Keys.ToList();
        Assert.Equal(67, fields.Count);
        Assert.Equal(fields, Mutations.Keys.Concat(programmes).Concat(webinars).Order(StringComparer.Ordinal));
        Assert.Equal(fields, Outsiders.Concat(ProgrammeAuthorizationTests.Outsiders).Concat(WebinarAuthorizationTests.Outsiders).Select(row => (string)row[0]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(fields, Owners.Concat(ProgrammeAuthorizationTests.Owners).Concat(WebinarAuthorizationTests.Owners).Select(row => (string)row[0]).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task An_outsider_is_refused_and_nothing_is_written(string mutation, string caller)
    {
        var world = await WorldAsync(mutation);
        var before = await SnapshotAsync(world);

        var payload = await SendAsync(mutation, caller, world);

        AssertNotAuthorized(mutation, payload);
        if (caller == Anonymous)
        {
            Assert.StartsWith("Sign in first.", payload["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        AssertUnchanged(before, await SnapshotAsync(world));
    }

    [Theory]
    [MemberData(nameof(Owners))]
    public async Task An_owner_succeeds_and_only_changes_by_others_are_audited(string mutation, string caller)
    {
        var world = await WorldAsync(mutation);
        var before = await SnapshotAsync(world);
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);

        var payload = await SendAsync(mutation, caller, world);

        Assert.Null(payload["errors"]);
        Assert.NotNull(payload[Mutations[mutation].ResultField]);
        await AssertWrittenAsync(mutation, caller, world);

        var after = await SnapshotAsync(world);
        var pairing = PairingMutations.Contains(mutation) || mutation is "confirmPairingPlan" or "pausePairing" or "resumePairing";
        var audited = mutation switch
        {
            "planPairings" => false,
            "volunteerMentor" or "updateMentor" or "withdrawMentor" or "blockMentor" or "unblockMentor" => caller != TheMentor,
            "importMentors" => true,
            "exportMyData" or "eraseMyData" => true,
            _ when pairing => caller is not TheMentor and not OtherEmployersMentor,
            _ => false,
        };

        // An action on a pairing is logged for each of its two mentors.
        Assert.Equal(before.Counts["audit_entries"] + (audited ? (pairing ? 2 : 1) : 0), after.Counts["audit_entries"]);
        if (audited)
        {
            var subject = mutation == "volunteerMentor" ? Key(payload["mentor"]!["id"]!.GetValue<string>(), "Mentor")
                : mutation == "importMentors" ? await ImportedMentorIdAsync(world)
                : pairing ? world.OtherMentor.Id
                : world.Mentor.Id;
            var acting = CallerFor(caller, world);
            var entry = await LatestAuditEntryAsync();
            Assert.Equal(mutation, entry.Action);
            Assert.Equal(acting.Subject, entry.ActorSubject);
            Assert.Equal(string.Join(",", acting.Roles.Select(NetworkClaims.RoleName)), entry.ActorRoles);
            Assert.Equal("Mentor", entry.SubjectType);
            Assert.Equal(subject, entry.SubjectId);
            Assert.InRange(entry.OccurredAt, started, DateTimeOffset.UtcNow.AddSeconds(1));
        }
    }

    [Fact]
    public async Task An_employer_admin_volunteering_a_mentor_is_audited_against_the_new_mentor()
    {
        var world = await WorldAsync();

        var payload = await SendAsync("volunteerMentor", EmployersAdmin, world);

        var mentorId = Key(payload["mentor"]!["id"]!.GetValue<string>(), "Mentor");
        var row = await app.FindAsync<Mentor>(mentorId);
        Assert.Equal(world.Employer.Id, row.EmployerId);
        var entry = await LatestAuditEntryAsync();
        Assert.Equal(("volunteerMentor", "EMPLOYER_ADMIN", $"test-employer-admin-{world.Employer.Id}", "Mentor", mentorId),
            (entry.Action, entry.ActorRoles, entry.ActorSubject, entry.SubjectType, entry.SubjectId));
    }

    [Fact]
    public async Task A_mentor_changing_their_own_profile_leaves_no_audit_entry_while_their_employer_admin_does()
    {
        var world = await WorldAsync();

        await SendAsync("updateMentor", TheMentor, world);
        var afterSelf = await AuditEntriesForAsync(world.Mentor.Id);
        await SendAsync("updateMentor", EmployersAdmin, world);
        var afterAdmin = await AuditEntriesForAsync(world.Mentor.Id);

        Assert.Empty(afterSelf);
        var entry = Assert.Single(afterAdmin);
        Assert.Equal(("updateMentor", "EMPLOYER_ADMIN"), (entry.Action, entry.ActorRoles));
    }

    [Theory]
    [MemberData(nameof(InvalidIds))]
    public async Task An_invalid_ID_from_an_outsider_changes_nothing(string mutation, string caller, string invalid)
    {
        var world = await WorldAsync(mutation);
        var before = await SnapshotAsync(world);
        var (field, type) = (Mutations[mutation].IdField!, Mutations[mutation].IdType!);
        var input = Mutations[mutation].Input!(world);
        var id = invalid == "malformed" ? "not-an-id" : TestData.Id(type == "Mentor" ? "Employer" : "Mentor", Key(input[field]!.GetValue<string>(), type));
        input[field] = id;

        var payload = await SendAsync(mutation, caller, world, input);

        Assert.Null(payload[Mutations[mutation].ResultField]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        if (caller == Partner)
        {
            Assert.Equal("NotAuthorizedError", error["__typename"]!.GetValue<string>());
        }
        else
        {
            Assert.Equal("InvalidIdError", error["__typename"]!.GetValue<string>());
            Assert.Equal(field, error["field"]!.GetValue<string>());
            Assert.Equal(id, error["id"]!.GetValue<string>());
        }

        AssertUnchanged(before, await SnapshotAsync(world));
    }

    private static void Add(TheoryData<string, string> rows, string mutation, params string[] callers)
    {
        foreach (var caller in callers)
        {
            rows.Add(mutation, caller);
        }
    }

    private static JsonObject Json(object value) => JsonSerializer.SerializeToNode(value)!.AsObject();

    private static int Key(string id, string type) => GlobalId.TryParse(id, type) ?? throw new InvalidOperationException($"'{id}' is not a {type} ID.");

    private static Caller CallerFor(string caller, World world) => caller switch
    {
        Anonymous => TestCallers.Anonymous,
        Partner => TestCallers.Partner,
        Organiser => TestCallers.Organiser,
        Coordinator => TestCallers.Coordinator,
        Administrator => TestCallers.Admin,
        EmployersAdmin => TestCallers.EmployerAdmin(world.Employer.Id),
        OtherEmployersAdmin => TestCallers.EmployerAdmin(world.OtherEmployer.Id),
        UnboundEmployerAdmin => TestCallers.UnboundEmployerAdmin,
        TheMentor or EmployersMentor => TestCallers.Mentor(world.Mentor.Id),
        Colleague => TestCallers.Mentor(world.Colleague.Id),
        OtherEmployersMentor => TestCallers.Mentor(world.OtherMentor.Id),
        UnboundMentor => new Caller("test-unbound-mentor", [Role.Mentor]),
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };

    private async Task<JsonNode> SendAsync(string mutation, string caller, World world, JsonObject? input = null)
    {
        var definition = Mutations[mutation];
        var errors = definition.IdField is null ? "__typename ... on Error { message }" : "__typename ... on Error { message } ... on InvalidIdError { field id }";
        var document = definition.InputType is null
            ? $$"""mutation { {{mutation}} { {{definition.Selection}} errors { {{errors}} } } }"""
            : $$"""mutation($input: {{definition.InputType}}!) { {{mutation}}(input: $input) { {{definition.Selection}} errors { {{errors}} } } }""";
        var variables = definition.Input is null ? null : new { input = input ?? definition.Input(world) };
        var client = app.CreateGraphQLClient(CallerFor(caller, world));

        // A refusal belongs in the payload, nowhere else: any GraphQL error fails the test.
        JsonNode data;
        if (definition.Csv is { } csv)
        {
            var response = await client.PostFilesAsync(document, variables, UploadPart.Text("import.csv", csv(world), "variables.input.file"));
            Assert.True(response.StatusCode == 200 && response.Errors is null, $"{response.StatusCode}: {response.Body?.ToJsonString()}");
            data = response.Data!;
        }
        else
        {
            data = await client.QueryAsync(document, variables);
        }

        var payload = data[mutation]!;
        Assert.True(payload.AsObject().ContainsKey(definition.ResultField), $"The payload has no {definition.ResultField} field.");
        return payload;
    }

    private static void AssertNotAuthorized(string mutation, JsonNode payload)
    {
        Assert.Null(payload[Mutations[mutation].ResultField]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("NotAuthorizedError", error["__typename"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()), "The NotAuthorizedError has no message.");
    }

    /// <summary>The change each mutation makes, as it stands in the database after an owner's call.</summary>
    private async Task AssertWrittenAsync(string mutation, string caller, World world)
    {
        await using var db = app.CreateDbContext();
        var tag = world.Tag;
        switch (mutation)
        {
            case "registerEmployer":
                var registered = await db.Employers.AsNoTracking().SingleAsync(e => e.Name == tag + " Registered");
                Assert.Equal(("B1 1AA", "E08000025"), (registered.Postcode, registered.LocalAuthorityCode));
                break;
            case "updateEmployer":
                var employer = await db.Employers.AsNoTracking().SingleAsync(e => e.Id == world.Employer.Id);
                Assert.Equal((tag + " Renamed", "https://renamed.example.org", "B1 1AA"), (employer.Name, employer.Website, employer.Postcode));
                break;
            case "publishSkillsGap":
                var published = await db.SkillsGaps.AsNoTracking().SingleAsync(g => g.EmployerId == world.Employer.Id && g.Id != world.Gap.Id);
                Assert.Equal((TestData.Skill("cloud-computing"), SkillsGapSeverity.Critical, 4), (published.SkillId, published.Severity, published.HardToFillVacancies));
                break;
            case "updateSkillsGap":
                var updated = await db.SkillsGaps.AsNoTracking().SingleAsync(g => g.Id == world.Gap.Id);
                Assert.Equal((SkillsGapSeverity.Low, 9, "Changed"), (updated.Severity, updated.HardToFillVacancies, updated.Description));
                break;
            case "closeSkillsGap":
                var closed = await db.SkillsGaps.AsNoTracking().SingleAsync(g => g.Id == world.Gap.Id);
                Assert.Equal(SkillsGapStatus.Filled, closed.Status);
                Assert.NotNull(closed.ClosedAt);
                break;
            case "volunteerMentor":
                var volunteer = await db.Mentors.AsNoTracking().Include(m => m.Offers).Include(m => m.Wants).SingleAsync(m => m.DisplayName == tag + " Volunteer");
                Assert.Equal(world.Employer.Id, volunteer.EmployerId);
                Assert.Equal([TestData.Skill("data-analytics")], volunteer.Offers.Select(s => s.SkillId));
                Assert.Equal([TestData.Skill("cybersecurity")], volunteer.Wants.Select(s => s.SkillId));
                break;
            case "updateMentor":
                var mentor = await db.Mentors.AsNoTracking().Include(m => m.Offers).Include(m => m.Wants).SingleAsync(m => m.Id == world.Mentor.Id);
                Assert.Equal((tag + " Renamed Mentor", "renamed@example.org", "Architect", 5), (mentor.DisplayName, mentor.Email, mentor.JobTitle, mentor.Capacity));
                Assert.Equal([(TestData.Skill("artificial-intelligence"), SkillLevel.Expert)], mentor.Offers.Select(s => (s.SkillId, s.Level)));
                Assert.Equal([(TestData.Skill("budget-planning"), SkillLevel.Beginner)], mentor.Wants.Select(s => (s.SkillId, s.Level)));
                break;
            case "withdrawMentor":
                var withdrawn = await db.Mentors.AsNoTracking().SingleAsync(m => m.Id == world.Mentor.Id);
                Assert.Equal(MentorStatus.Withdrawn, withdrawn.Status);
                Assert.NotNull(withdrawn.WithdrawnAt);
                break;
            case "importMentors":
                var imported = await db.Mentors.AsNoTracking().Include(m => m.Offers).SingleAsync(m => m.DisplayName == tag + " Imported");
                Assert.Equal((world.Employer.Id, tag + "-M"), (imported.EmployerId, imported.ExternalReference));
                Assert.Equal([TestData.Skill("data-analytics")], imported.Offers.Select(s => s.SkillId));
                break;
            case "importSkillsGaps":
                var gap = await db.SkillsGaps.AsNoTracking().SingleAsync(g => g.ExternalReference == tag + "-G");
                Assert.Equal((world.Employer.Id, TestData.Skill("cloud-computing"), SkillsGapSeverity.Critical), (gap.EmployerId, gap.SkillId, gap.Severity));
                break;
            case "exportMyData":
                Assert.Equal("exportMyData", (await LatestAuditEntryAsync()).Action);
                break;
            case "planPairings":
                Assert.False(await db.Pairings.AnyAsync(p => p.MentorAId == world.Mentor.Id), "Planning proposed a pairing.");
                break;
            case "blockMentor" or "unblockMentor":
                var blocked = await db.MentorBlocks.AsNoTracking().AnyAsync(b => b.MentorId == world.Mentor.Id && b.BlockedMentorId == world.OtherMentor.Id);
                Assert.Equal(mutation == "blockMentor", blocked);
                break;
            case "confirmPairingPlan" or "proposePairing" or "acceptPairing" or "declinePairing" or "activatePairing" or "completePairing" or "endPairing"
                or "pausePairing" or "resumePairing":
                var row = await db.Pairings.AsNoTracking().Include(p => p.Events).SingleAsync(p => p.MentorAId == world.Mentor.Id && p.MentorBId == world.OtherMentor.Id);
                var expected = mutation switch
                {
                    "confirmPairingPlan" or "proposePairing" => PairingStatus.Proposed,
                    "acceptPairing" when caller is Administrator => PairingStatus.Accepted,
                    "acceptPairing" => PairingStatus.Proposed,
                    "declinePairing" => PairingStatus.Declined,
                    "activatePairing" or "resumePairing" => PairingStatus.Active,
                    "completePairing" => PairingStatus.Completed,
                    "pausePairing" => PairingStatus.Paused,
                    _ => PairingStatus.Ended,
                };
                Assert.Equal(expected, row.Status);
                var events = (mutation, caller) switch
                {
                    ("proposePairing", TheMentor or OtherEmployersMentor) => 2, // the proposal and the proposer's acceptance
                    ("confirmPairingPlan" or "proposePairing", _) => 1,
                    ("acceptPairing", Administrator) => 6, // both mentors' acceptances, both employers' approvals and the acceptance
                    _ => 2,
                };
                Assert.Equal(events, row.Events.Count);
                break;
            case "createCalendarFeed":
                Assert.NotNull((await db.CalendarFeeds.AsNoTracking().SingleAsync(f => f.MentorId == world.Mentor.Id)).TokenHash);
                break;
            case "revokeCalendarFeed":
                Assert.Null((await db.CalendarFeeds.AsNoTracking().SingleAsync(f => f.MentorId == world.Mentor.Id)).TokenHash);
                break;
            case "eraseMyData":
                var erased = await db.Mentors.AsNoTracking().SingleAsync(m => m.Id == world.Mentor.Id);
                Assert.Equal((null, null, null, MentorStatus.Withdrawn), (erased.DisplayName, erased.Email, erased.JobTitle, erased.Status));
                Assert.NotNull(erased.ErasedAt);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null);
        }
    }

    private async Task<int> ImportedMentorIdAsync(World world)
    {
        await using var db = app.CreateDbContext();
        return await db.Mentors.Where(m => m.DisplayName == world.Tag + " Imported").Select(m => m.Id).SingleAsync();
    }

    private async Task<AuditEntry> LatestAuditEntryAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).FirstAsync();
    }

    private async Task<List<AuditEntry>> AuditEntriesForAsync(int mentorId)
    {
        await using var db = app.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().Where(a => a.SubjectType == "Mentor" && a.SubjectId == mentorId).OrderBy(a => a.Id).ToListAsync();
    }

    /// <summary>
    /// Two employers, an open gap and three mentors: two colleagues at the first employer and one at the other.
    /// For a pairing mutation other than proposing, a pairing of the mentor and the mentor at the other
    /// employer, in the status the mutation starts from.
    /// </summary>
    private async Task<World> WorldAsync(string? mutation = null)
    {
        var tag = $"World {Guid.NewGuid().ToString("N")[..8]}";
        var data = new TestData(app);
        var employer = await data.EmployerAsync($"{tag} Works", Sector.IctDigital, "CV1 2JH");
        var other = await data.EmployerAsync($"{tag} Other Works", Sector.Construction, "DY1 1AA");
        var gap = await data.GapAsync(employer, "cybersecurity", description: "Penetration testers");
        var mentor = await data.MentorAsync(employer, $"{tag} Mentor", CareerStage.Mid, ["cybersecurity"], ["project-management"]);
        var colleague = await data.MentorAsync(employer, $"{tag} Colleague", CareerStage.Early, ["software-development"], ["cybersecurity"]);
        var otherMentor = await data.MentorAsync(other, $"{tag} Other Mentor", CareerStage.Senior, ["site-management"], ["data-analytics", "cybersecurity"]);
        var pairingId = mutation switch
        {
            "acceptPairing" or "declinePairing" => await PairingAsync(mentor, otherMentor, PairingStatus.Proposed),
            "activatePairing" or "endPairing" => await PairingAsync(mentor, otherMentor, PairingStatus.Accepted),
            "completePairing" or "pausePairing" => await PairingAsync(mentor, otherMentor, PairingStatus.Active),
            "resumePairing" => await PairingAsync(mentor, otherMentor, PairingStatus.Paused),
            _ => null,
        };
        if (mutation == "revokeCalendarFeed")
        {
            await using var db = app.CreateDbContext();
            db.CalendarFeeds.Add(new CalendarFeed { MentorId = mentor.Id, TokenHash = CalendarFeedSecret.Hash(CalendarFeedSecret.New()), CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-5) });
            await db.SaveChangesAsync();
        }

        if (mutation == "unblockMentor")
        {
            await using var db = app.CreateDbContext();
            db.MentorBlocks.Add(new MentorBlock { MentorId = mentor.Id, BlockedMentorId = otherMentor.Id, BlockedAt = DateTimeOffset.UtcNow.AddMinutes(-5) });
            await db.SaveChangesAsync();
        }

        return new World(tag, employer, other, gap, mentor, colleague, otherMentor, pairingId);
    }

    /// <summary>A pairing of the two mentors, written straight to the database with its proposal event.</summary>
    private async Task<string> PairingAsync(Mentor a, Mentor b, PairingStatus status)
    {
        var at = DateTimeOffset.UtcNow.AddMinutes(-5);
        var pairing = new Pairing
        {
            MentorAId = a.Id,
            EmployerAId = a.EmployerId,
            MentorBId = b.Id,
            EmployerBId = b.EmployerId,
            Status = status,
            Format = MentoringFormat.Online,
            Score = 30,
            ProposedBySubject = "test-coordinator",
            ProposedByRoles = "COORDINATOR",
            ProposedAt = at,
            AcceptedAt = status == PairingStatus.Proposed ? null : at,
            MentorAAcceptedAt = status == PairingStatus.Proposed ? null : at,
            MentorBAcceptedAt = status == PairingStatus.Proposed ? null : at,
            ActivatedAt = status is PairingStatus.Active or PairingStatus.Paused ? at : null,
            PausedAt = status == PairingStatus.Paused ? at : null,

            // Both employers want to approve, so that their admins have an acceptance of their own to give.
            EmployerAApprovalRequired = true,
            EmployerBApprovalRequired = true,
            EmployerAApprovedAt = status == PairingStatus.Proposed ? null : at,
            EmployerBApprovedAt = status == PairingStatus.Proposed ? null : at,
            UpdatedAt = at,
            Events = [new PairingEvent { Type = PairingEventType.Proposed, ToStatus = PairingStatus.Proposed, ActorSubject = "test-coordinator", ActorRoles = "COORDINATOR", OccurredAt = at }],
        };
        await using var db = app.CreateDbContext();
        db.Pairings.Add(pairing);
        await db.SaveChangesAsync();
        return TestData.Id("Pairing", pairing.Id);
    }

    private async Task<Snapshot> SnapshotAsync(World world)
    {
        await using var db = app.CreateDbContext();
        int[] employerIds = [world.Employer.Id, world.OtherEmployer.Id];
        var counts = new Dictionary<string, int>
        {
            ["employers"] = await db.Employers.CountAsync(),
            ["skills_gaps"] = await db.SkillsGaps.CountAsync(),
            ["mentors"] = await db.Mentors.CountAsync(),
            ["offered_skills"] = await db.OfferedSkills.CountAsync(),
            ["wanted_skills"] = await db.WantedSkills.CountAsync(),
            ["audit_entries"] = await db.AuditEntries.CountAsync(),
            ["pairings"] = await db.Pairings.CountAsync(),
            ["pairing_events"] = await db.PairingEvents.CountAsync(),
            ["mentor_blocks"] = await db.MentorBlocks.CountAsync(),
            ["calendar_feeds"] = await db.CalendarFeeds.CountAsync(f => f.TokenHash != null),
        };
        var pairings = await db.Pairings.AsNoTracking().Where(p => employerIds.Contains(p.EmployerAId)).OrderBy(p => p.Id).ToListAsync();
        var employers = await db.Employers.AsNoTracking().Where(e => employerIds.Contains(e.Id)).OrderBy(e => e.Id).ToListAsync();
        var gaps = await db.SkillsGaps.AsNoTracking().Where(g => employerIds.Contains(g.EmployerId)).OrderBy(g => g.Id).ToListAsync();
        var mentors = await db.Mentors.AsNoTracking().Include(m => m.Offers).Include(m => m.Wants)
            .Where(m => employerIds.Contains(m.EmployerId)).OrderBy(m => m.Id).ToListAsync();
        var blocks = await db.MentorBlocks.AsNoTracking().Where(b => b.MentorId == world.Mentor.Id).OrderBy(b => b.BlockedMentorId).ToListAsync();
        return new Snapshot(
            counts,
            [.. employers.Select(e => string.Join(" | ", e.Id, e.Name, e.Sector, e.Size, e.Website, e.Postcode, e.Location.AsText(), e.LocalAuthorityCode, e.LocalAuthorityName, Time(e.CreatedAt), Time(e.UpdatedAt)))],
            [.. gaps.Select(g => string.Join(" | ", g.Id, g.EmployerId, g.SkillId, g.Sector, g.Severity, g.HardToFillVacancies, g.Description, g.Status, Time(g.PublishedAt), Time(g.UpdatedAt), Time(g.ClosedAt)))],
            [.. mentors.Select(m => string.Join(" | ",
                m.Id, m.EmployerId, m.DisplayName, m.Email, m.JobTitle, m.CareerStage, m.Capacity, m.Format, m.MaxTravelKm, string.Join(",", m.Availability),
                m.Postcode, m.Location.AsText(), m.LocalAuthorityCode, m.Status, Time(m.CreatedAt), Time(m.UpdatedAt), Time(m.WithdrawnAt), Time(m.ErasedAt),
                "offers " + Skills(m.Offers), "wants " + Skills(m.Wants)))],
            [.. pairings.Select(p => string.Join(" | ",
                p.Id, p.Status, Time(p.MentorAAcceptedAt), Time(p.MentorBAcceptedAt), Time(p.EmployerAApprovedAt), Time(p.EmployerBApprovedAt), Time(p.AcceptedAt),
                Time(p.ActivatedAt), Time(p.CompletedAt), Time(p.DeclinedAt), Time(p.EndedAt), Time(p.PausedAt), p.EndReason, p.DeclineReason, Time(p.UpdatedAt)))],
            [.. blocks.Select(b => string.Join(" | ", b.MentorId, b.BlockedMentorId, Time(b.BlockedAt)))]);
    }

    private static string Time(DateTimeOffset? time) => time?.ToString("O", CultureInfo.InvariantCulture) ?? "-";

    private static string Skills(IEnumerable<MentorSkill> skills) =>
        string.Join(",", skills.OrderBy(s => s.SkillId).Select(s => $"{s.SkillId}:{s.Level}"));

    private static void AssertUnchanged(Snapshot before, Snapshot after)
    {
        Assert.Equal(before.Counts, after.Counts);
        Assert.Equal(before.Employers, after.Employers);
        Assert.Equal(before.Gaps, after.Gaps);
        Assert.Equal(before.Mentors, after.Mentors);
        Assert.Equal(before.Pairings, after.Pairings);
        Assert.Equal(before.Blocks, after.Blocks);
    }

    private sealed record World(string Tag, Employer Employer, Employer OtherEmployer, SkillsGap Gap, Mentor Mentor, Mentor Colleague, Mentor OtherMentor, string? PairingId);

    /// <summary>Row counts of every table a mutation writes to, and the rows of a world's employers, gaps, mentors (with their skills), pairings and blocks, as text.</summary>
    private sealed record Snapshot(Dictionary<string, int> Counts, List<string> Employers, List<string> Gaps, List<string> Mentors, List<string> Pairings, List<string> Blocks);

    /// <param name="InputType">The input's GraphQL type; null for mutations that take none.</param>
    /// <param name="Selection">The payload's result field with its selection.</param>
    /// <param name="Input">The input for a world; null for mutations that take none.</param>
    /// <param name="IdField">The input field naming the employer, gap, mentor or pairing acted on.</param>
    /// <param name="IdType">The type that field's ID must be of.</param>
    /// <param name="Csv">For a mutation that takes a file, the CSV for a world, sent as the input's <c>file</c> in a multipart request.</param>
    private sealed record MutationCase(
        string? InputType, string Selection, Func<World, JsonObject>? Input, string? IdField = null, string? IdType = null, Func<World, string>? Csv = null)
    {
        public string ResultField => Selection[..Selection.IndexOf(' ', StringComparison.Ordinal)];
    }
}
