using Network.Server.Agreements;
using Network.Server.Auditing;
using Network.Server.Calendars;
using Network.Server.CheckIns;
using Network.Server.Concerns;
using Network.Server.Employers;
using Network.Server.Evaluation;
using Network.Server.Feedback;
using Network.Server.Geo;
using Network.Server.Hosting;
using Network.Server.Identity;
using Network.Server.Insights;
using Network.Server.Matching;
using Network.Server.Mentors;
using Network.Server.Onboarding;
using Network.Server.Outcomes;
using Network.Server.Pairings;
using Network.Server.PersonalData;
using Network.Server.Programmes;
using Network.Server.Scoring;
using Network.Server.Seeding;
using Network.Server.Sessions;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Training;
using Network.Server.Webinars;

namespace Network.Server;

/// <summary>
/// The features of the network in dependency order: each may use the features above it and none below.
/// The architecture tests hold the code to this order; a new feature is one folder and one line here.
/// </summary>
public static class NetworkFeatures
{
    public static IReadOnlyList<IFeatureModule> All { get; } =
    [
        new IdentityModule(),
        new AuditingModule(),
        new SkillsModule(),
        new GeoModule(),
        new EmployersModule(),
        new SkillsGapsModule(),
        new MentorsModule(),
        new OnboardingModule(),
        new ScoringModule(),
        new PairingsModule(),
        new TrainingFeatureModule(),
        new ProgrammesModule(),
        new ConcernsModule(),
        new AgreementsModule(),
        new SessionsModule(),
        new CalendarsModule(),
        new FeedbackModule(),
        new CheckInsModule(),
        new OutcomesModule(),
        new EvaluationModule(),
        new WebinarsModule(),
        new MatchingModule(),
        new InsightsModule(),
        new PersonalDataModule(),
        new SeedingModule(),
    ];
}
