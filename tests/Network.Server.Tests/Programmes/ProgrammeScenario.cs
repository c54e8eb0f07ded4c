using Network.Server.Employers;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Programmes;

/// <summary>
/// A recruiting programme in Coventry for digital and engineering employers, with two employers that joined
/// (each with an open gap), one construction employer and one employer outside the area, and their mentors:
/// Ada and Ben at the digital employer, Cat and Dev at the engineering one, Eve at the construction one,
/// Fay outside the area. Nobody is enrolled yet.
/// </summary>
public sealed record ProgrammeScenario(
    string ProgrammeId,
    Employer Digital,
    Employer Engineering,
    Employer Construction,
    Employer Outside,
    SkillsGap DigitalGap,
    SkillsGap EngineeringGap,
    Mentor Ada,
    Mentor Ben,
    Mentor Cat,
    Mentor Dev,
    Mentor Eve,
    Mentor Fay)
{
    public static async Task<ProgrammeScenario> CreateAsync(NetworkApp app, int maxPairs = 10, string[]? training = null)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var data = new TestData(app);
        var api = new ProgrammeApi(app);
        var digital = await data.EmployerAsync($"{tag} Digital", Sector.IctDigital, "CV1 2JH");
        var engineering = await data.EmployerAsync($"{tag} Engineering", Sector.EngineeringManufacturing, "CV3 4AA");
        var construction = await data.EmployerAsync($"{tag} Construction", Sector.Construction, "CV1 5FB");
        var outside = await data.EmployerAsync($"{tag} Outside", Sector.IctDigital, "B1 1AA");
        var digitalGap = await data.GapAsync(digital, "project-management");
        var engineeringGap = await data.GapAsync(engineering, "data-analytics");
        var ada = await data.MentorAsync(digital, $"{tag} Ada", CareerStage.Early, ["data-analytics", "artificial-intelligence"], ["project-management"]);
        var ben = await data.MentorAsync(digital, $"{tag} Ben", CareerStage.Early, ["cybersecurity"], ["budget-planning"]);
        var cat = await data.MentorAsync(engineering, $"{tag} Cat", CareerStage.Senior, ["project-management"], ["data-analytics"]);
        var dev = await data.MentorAsync(engineering, $"{tag} Dev", CareerStage.Senior, ["budget-planning"], ["cybersecurity"]);
        var eve = await data.MentorAsync(construction, $"{tag} Eve", CareerStage.Mid, ["budget-planning"], ["data-analytics"]);
        var fay = await data.MentorAsync(outside, $"{tag} Fay", CareerStage.Mid, ["project-management"], ["data-analytics"]);
        var id = await api.CreateAsync(TestCallers.Coordinator, ProgrammeApi.NewProgramme($"{tag} Programme", maxPairs: maxPairs, training: training));
        await api.OpenAsync(TestCallers.Coordinator, id);
        foreach (var employer in new[] { digital, engineering })
        {
            await api.OkAsync(TestCallers.EmployerAdmin(employer.Id), "joinProgramme", new { programmeId = id, employerId = TestData.Id("Employer", employer.Id) }, "programme { id }");
        }

        return new ProgrammeScenario(id, digital, engineering, construction, outside, digitalGap, engineeringGap, ada, ben, cat, dev, eve, fay);
    }

    public static string MentorId(Mentor mentor) => TestData.Id("Mentor", mentor.Id);

    public object Enrolment(Mentor mentor, int version = 1) => new { programmeId = ProgrammeId, mentorId = MentorId(mentor), consent = true, codeOfConductVersion = version };

    /// <summary>Enrols each mentor as themself; fails on any error.</summary>
    public async Task EnrolAsync(ProgrammeApi api, params Mentor[] mentors)
    {
        foreach (var mentor in mentors)
        {
            await api.OkAsync(TestCallers.Mentor(mentor.Id), "enrolInProgramme", Enrolment(mentor), "enrolment { status }");
        }
    }

    public static Caller Caller(Mentor mentor) => TestCallers.Mentor(mentor.Id);

    /// <summary>Pairs two enrolled, ready mentors within the programme and takes the pairing to ACTIVE; returns its ID, failing on any error.</summary>
    public async Task<string> ActivePairingAsync(ProgrammeApi api, Mentor mentor, Mentor partner)
    {
        var confirmed = await api.OkAsync(
            TestCallers.Coordinator,
            "confirmPairingPlan",
            new { programmeId = ProgrammeId, pairs = new[] { new { mentorId = MentorId(mentor), partnerId = MentorId(partner) } } },
            "pairings { id }");
        var pairingId = confirmed["pairings"]![0]!["id"]!.GetValue<string>();
        await api.OkAsync(TestCallers.Admin, "acceptPairing", new { pairingId }, "pairing { status }");
        await api.OkAsync(TestCallers.Coordinator, "activatePairing", new { pairingId }, "pairing { status }");
        return pairingId;
    }
}
