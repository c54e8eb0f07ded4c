using Network.Server.Employers;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Privacy;

/// <summary>
/// Two employers and their mentors, with every kind of caller relative to one mentor, Priya: herself,
/// a colleague, her employer's admin, and strangers of every role.
/// </summary>
public sealed class PrivacyWorld : IAsyncLifetime
{
    public const string Name = "Priya Private";
    public const string Email = "priya.private@example.org";
    public const string JobTitle = "Automation Lead";

    public NetworkApp App { get; } = new();

    public Employer Acorn { get; private set; } = null!;

    public Employer Beech { get; private set; } = null!;

    public Mentor Priya { get; private set; } = null!;

    public Mentor Colleague { get; private set; } = null!;

    public Mentor Stranger { get; private set; } = null!;

    public Mentor Withdrawn { get; private set; } = null!;

    public SkillsGap OpenGap { get; private set; } = null!;

    public SkillsGap FilledGap { get; private set; } = null!;

    public string PriyaId => TestData.Id("Mentor", Priya.Id);

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)App).InitializeAsync();
        var data = new TestData(App);
        Acorn = await data.EmployerAsync("Acorn Robotics", Sector.EngineeringManufacturing, "CV1 2JH");
        Beech = await data.EmployerAsync("Beech Build", Sector.Construction, "B1 1AA");
        Priya = await data.MentorAsync(Acorn, Name, CareerStage.Early, ["machine-learning"], ["budget-planning"]);
        Colleague = await data.MentorAsync(Acorn, "Colin Colleague", CareerStage.Senior, ["budget-planning"], ["cybersecurity"]);
        Stranger = await data.MentorAsync(Beech, "Olga Other", CareerStage.Mid, ["site-management"], ["data-analytics"]);
        Withdrawn = await data.MentorAsync(Acorn, "Wanda Withdrawn", CareerStage.Mid, ["cnc-machining"], ["data-analytics"], status: MentorStatus.Withdrawn);
        OpenGap = await data.GapAsync(Acorn, "machine-learning");
        FilledGap = await data.GapAsync(Acorn, "cybersecurity", status: SkillsGapStatus.Filled);
        await using var db = App.CreateDbContext();
        db.Attach(Priya);
        Priya.JobTitle = JobTitle;
        await db.SaveChangesAsync();
    }

    /// <summary>Every caller the tests name, relative to Priya.</summary>
    public Caller Caller(string name) => name switch
    {
        "anonymous" => TestCallers.Anonymous,
        "partner" => TestCallers.Partner,
        "organiser" => TestCallers.Organiser,
        "coordinator" => TestCallers.Coordinator,
        "unbound employer admin" => TestCallers.UnboundEmployerAdmin,
        "another employer's admin" => TestCallers.EmployerAdmin(Beech.Id),
        "a colleague" => TestCallers.Mentor(Colleague.Id),
        "a mentor elsewhere" => TestCallers.Mentor(Stranger.Id),
        "her employer's admin" => TestCallers.EmployerAdmin(Acorn.Id),
        "herself" => TestCallers.Mentor(Priya.Id),
        "admin" => TestCallers.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public async Task DisposeAsync() => await ((IAsyncLifetime)App).DisposeAsync();
}
