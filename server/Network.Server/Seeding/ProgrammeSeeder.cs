using Microsoft.EntityFrameworkCore;
using Network.Server.Agreements;
using Network.Server.Concerns;
using Network.Server.Data;
using Network.Server.Employers;
using Network.Server.Feedback;
using Network.Server.Mentors;
using Network.Server.Outcomes;
using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.Scoring;
using Network.Server.Sessions;
using Network.Server.SkillsGaps;
using Network.Server.Training;
using Npgsql;

namespace Network.Server.Seeding;

/// <summary>
/// Adds the demo programmes to a freshly seeded network, in the seeder's transaction: employers of the
/// showcase join them, their mentors enrol and train, and the running programme's ready mentors are paired.
/// The showcase employers and their gaps are the same in every demo, however large, so the same employers
/// join with the same objectives; the mentors they enrol depend on the demo's size. The running programme's pairs
/// then meet, a few complete, and they make agreements and give feedback. A programme is a few thousand rows at
/// most at any size, written by EF Core.
/// </summary>
internal sealed class ProgrammeSeeder(NetworkDbContext db, ISeedProgress progress, PairScorer scorer, TimeProvider clock)
{
    private const int Seed = 20260903;

    public async Task<ProgrammeSeedSummary> SeedAsync(IReadOnlyList<Employer> employers, IReadOnlyList<SkillsGap> gaps, CancellationToken cancellationToken)
    {
        var now = DemoMoments.Now(clock);
        var random = new DemoRandom(Seed);
        var catalogue = DemoProgrammeCatalogue.All;
        var showcase = employers.Take(DemoEmployerCatalogue.Showcase.Count).ToList();
        int[] showcaseIds = [.. showcase.Select(e => e.Id)];
        var mentors = await db.Mentors.AsNoTracking()
            .Where(m => showcaseIds.Contains(m.EmployerId) && m.Status == MentorStatus.Active)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var firstId = await IdentitySequences.NextIdAsync(connection, "programmes", cancellationToken);
        var rows = new DemoProgrammes(random, now, showcase, gaps.Where(g => g.Status == SkillsGapStatus.Open).ToLookup(g => g.EmployerId), mentors.ToLookup(m => m.EmployerId))
            .Generate(catalogue, firstId);

        db.Programmes.AddRange(rows.Programmes);
        db.ProgrammeConductVersions.AddRange(rows.Conduct);
        db.ProgrammeEmployers.AddRange(rows.Employers);
        db.ProgrammeObjectives.AddRange(rows.Objectives);
        db.ProgrammeEnrolments.AddRange(rows.Enrolments.OrderBy(e => e.NominatedAt ?? e.EnrolledAt));
        db.TrainingCompletions.AddRange(rows.Training.Values);
        await db.SaveChangesAsync(cancellationToken);
        await IdentitySequences.SetLastIdAsync(connection, "programmes", firstId + catalogue.Count - 1, cancellationToken);
        progress.Report("Programmes", rows.Programmes.Count, catalogue.Count);

        var pairing = new DemoProgrammePairings(db, scorer, random, now);
        var pairings = new List<Pairing>();
        var byProgramme = new List<(Programme Programme, List<Pairing> Pairings)>();
        foreach (var programme in rows.Programmes.Where(p => p.Status == ProgrammeStatus.Running))
        {
            var made = await pairing.PairAsync(programme, rows, cancellationToken);
            pairings.AddRange(made);
            byProgramme.Add((programme, made));
        }

        await db.SaveChangesAsync(cancellationToken);
        progress.Report("Programme pairings", pairings.Count, pairings.Count);

        var sessions = byProgramme.SelectMany(p => DemoSessions.For(p.Programme, p.Pairings, random, now)).ToList();
        var completed = new List<Pairing>();
        foreach (var (programme, made) in byProgramme)
        {
            completed.AddRange(DemoCompletions.Complete(programme, made, sessions, random, now));
        }

        db.PairingSessions.AddRange(sessions);
        await db.SaveChangesAsync(cancellationToken);
        progress.Report("Sessions", sessions.Count, sessions.Count);
        progress.Report("Completed pairings", completed.Count, completed.Count);

        var concerns = byProgramme.SelectMany(p => DemoConcerns.For(p.Programme, p.Pairings, rows.Enrolments, now)).ToList();
        db.ConcernReports.AddRange(concerns);
        await db.SaveChangesAsync(cancellationToken);
        progress.Report("Concerns", concerns.Count, concerns.Count);

        var agreeing = new DemoAgreements(random, now);
        var agreements = byProgramme.SelectMany(p => agreeing.For(p.Programme, p.Pairings)).ToList();
        db.PairingAgreements.AddRange(agreements);
        await db.SaveChangesAsync(cancellationToken);
        progress.Report("Agreements", agreements.Count, agreements.Count);

        var feedback = new DemoFeedback(random, now);
        var ratings = feedback.SessionRatings(pairings, sessions);
        var confidence = byProgramme.SelectMany(p => feedback.Confidence(p.Programme, p.Pairings)).ToList();
        var surveys = new DemoSurveys(random, now).For(completed);
        db.SessionRatings.AddRange(ratings);
        db.ConfidenceRatings.AddRange(confidence);
        db.PairingSurveys.AddRange(surveys);
        await db.SaveChangesAsync(cancellationToken);
        progress.Report("Session ratings", ratings.Count, ratings.Count);
        progress.Report("Confidence check-ins", confidence.Count, confidence.Count);
        progress.Report("Pairing surveys", surveys.Count, surveys.Count);

        int[] targeted = [.. rows.Objectives.SelectMany(o => o.Gaps).Select(g => g.SkillsGapId).Distinct()];
        var targetedGaps = await db.SkillsGaps.Where(g => targeted.Contains(g.Id)).ToDictionaryAsync(g => g.Id, cancellationToken);
        var outcomes = new DemoOutcomes(random, now);
        var (retention, gapOutcomes) = (new List<RetentionCheck>(), new List<GapOutcome>());
        foreach (var (programme, made) in byProgramme)
        {
            var (checks, answers) = outcomes.For(programme, made, rows, targetedGaps);
            retention.AddRange(checks);
            gapOutcomes.AddRange(answers);
        }

        db.RetentionChecks.AddRange(retention);
        db.GapOutcomes.AddRange(gapOutcomes);
        await db.SaveChangesAsync(cancellationToken);
        progress.Report("Retention checks", retention.Count, retention.Count);
        progress.Report("Gap outcomes", gapOutcomes.Count, gapOutcomes.Count);
        return new ProgrammeSeedSummary(rows.Programmes.Count, rows.Enrolments.Count(e => e.Status == EnrolmentStatus.Enrolled), pairings.Count);
    }

}

/// <summary>What <see cref="ProgrammeSeeder"/> added: programmes, mentors enrolled in them, and pairings made within them.</summary>
internal sealed record ProgrammeSeedSummary(int Programmes, int EnrolledMentors, int Pairings);
