using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Feedback;
using Network.Server.Mentors;
using Network.Server.Outcomes;
using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.Sessions;
using Network.Server.SkillsGaps;

namespace Network.Server.Evaluation;

/// <summary>
/// Reads a programme's evaluation in full, every figure with the number of people it is about. Each part is one query that
/// PostgreSQL aggregates where it can (sessions by pairing and status, ratings by author), so the cost grows with the programme's
/// pairs rather than its sessions.
/// </summary>
public sealed class ProgrammeEvaluationReader(IEnumerable<IObjectiveMeasureSource> sources, TimeProvider clock)
{
    public async Task<ProgrammeEvaluation> ReadAsync(NetworkDbContext db, Programme programme, CancellationToken cancellationToken)
    {
        var id = programme.Id;
        var pairingIds = db.ProgrammePairings.Where(l => l.ProgrammeId == id).Select(l => l.PairingId);
        var enrolments = await db.ProgrammeEnrolments.Where(e => e.ProgrammeId == id)
            .GroupBy(e => e.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        var pairings = await (
                from link in db.ProgrammePairings
                where link.ProgrammeId == id
                join pairing in db.Pairings on link.PairingId equals pairing.Id
                join a in db.Mentors on pairing.MentorAId equals a.Id
                join b in db.Mentors on pairing.MentorBId equals b.Id
                select new EvaluatedPairing(pairing.Id, pairing.Status, pairing.MentorAId, a.CareerStage, pairing.MentorBId, b.CareerStage))
            .AsNoTracking()
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var skills = await db.PairingSkills.Where(s => pairingIds.Contains(s.PairingId))
            .Select(s => new { s.PairingId, s.SkillId, s.Teacher })
            .ToListAsync(cancellationToken);
        var sessions = await db.PairingSessions.Where(s => pairingIds.Contains(s.PairingId))
            .GroupBy(s => new { s.PairingId, s.Status })
            .Select(g => new { g.Key.PairingId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var ratings = await db.SessionRatings.Where(r => pairingIds.Contains(r.PairingId))
            .GroupBy(r => r.AuthorMentorId)
            .Select(g => new { Count = g.Count(), Sum = g.Sum(r => r.Rating) })
            .ToListAsync(cancellationToken);
        var confidence = ConfidenceChange.From(await db.ConfidenceRatings.AsNoTracking().Where(r => pairingIds.Contains(r.PairingId)).ToListAsync(cancellationToken));
        var surveys = await db.PairingSurveys.Where(s => pairingIds.Contains(s.PairingId))
            .Select(s => new { s.AuthorMentorId, s.Satisfaction, s.LikelihoodToRecommend, s.WouldDoAgain })
            .ToListAsync(cancellationToken);
        var retention = await db.RetentionChecks.Where(r => r.ProgrammeId == id)
            .GroupBy(r => new { r.Checkpoint, r.StillEmployed })
            .Select(g => new { g.Key.Checkpoint, g.Key.StillEmployed, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var targeted = await (
                from objective in db.ProgrammeObjectives
                where objective.ProgrammeId == id
                from target in objective.Gaps
                join gap in db.SkillsGaps on target.SkillsGapId equals gap.Id
                select new { gap.Id, gap.Status })
            .Distinct()
            .ToListAsync(cancellationToken);
        var outcomes = await db.GapOutcomes.AsNoTracking().Where(g => g.ProgrammeId == id).ToListAsync(cancellationToken);
        var objectives = await db.ProgrammeObjectives.AsNoTracking().Include(o => o.Skills).Include(o => o.Gaps)
            .Where(o => o.ProgrammeId == id).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var figures = (await ProgrammeFigureReader.ReadAsync(db, [id], sources, cancellationToken))[id];

        var formed = pairings.Values.Where(p => ProgrammeFigureReader.Formed.Contains(p.Status)).ToList();
        var twoWay = formed.Count(p => skills.Any(s => s.PairingId == p.Id && s.Teacher == PairingSide.A) && skills.Any(s => s.PairingId == p.Id && s.Teacher == PairingSide.B));
        var formedPeople = formed.SelectMany(p => p.Mentors).Distinct().Count();
        var participation = new ParticipationEvaluation(
            People(enrolments.GetValueOrDefault(EnrolmentStatus.Enrolled)),
            People(enrolments.GetValueOrDefault(EnrolmentStatus.Withdrawn)),
            EvaluationFigure.Count(formed.Count, formedPeople),
            EvaluationFigure.AboutPeople(Percent(twoWay, formed.Count), formedPeople));

        int Sessions(SessionStatus status) => sessions.Where(s => s.Status == status).Sum(s => s.Count);
        int MentorsOf(IEnumerable<int> ids) => ids.Distinct().SelectMany(p => pairings.TryGetValue(p, out var pairing) ? pairing.Mentors : []).Distinct().Count();
        var meeting = MentorsOf(sessions.Select(s => s.PairingId));
        var attended = MentorsOf(sessions.Where(s => s.Status is SessionStatus.Held or SessionStatus.Missed).Select(s => s.PairingId));
        var (held, missed) = (Sessions(SessionStatus.Held), Sessions(SessionStatus.Missed));
        var rated = ratings.Sum(r => r.Count);
        var sessionFigures = new SessionEvaluation(
            EvaluationFigure.Count(sessions.Where(s => s.Status != SessionStatus.Cancelled).Sum(s => s.Count), meeting),
            EvaluationFigure.Count(held, meeting),
            EvaluationFigure.Count(missed, meeting),
            EvaluationFigure.Count(Sessions(SessionStatus.Cancelled), meeting),
            EvaluationFigure.AboutPeople(Percent(held, held + missed), attended),
            EvaluationFigure.AboutPeople(rated == 0 ? null : Math.Round((double)ratings.Sum(r => r.Sum) / rated, 2), ratings.Count));

        TeachingDirection DirectionOf(ConfidenceChange change)
        {
            var pairing = pairings[change.PairingId];
            var (learner, teacher) = change.MentorId == pairing.MentorAId ? (pairing.StageA, pairing.StageB) : (pairing.StageB, pairing.StageA);
            return teacher < learner ? TeachingDirection.JuniorToSenior : teacher > learner ? TeachingDirection.SeniorToJunior : TeachingDirection.Peer;
        }

        var confidenceFigures = new ConfidenceEvaluation(
            Confidence(null, null, confidence),
            [.. confidence.GroupBy(c => c.SkillId).OrderBy(g => g.Key).Select(g => Confidence(g.Key, null, [.. g]))],
            [.. Enum.GetValues<TeachingDirection>().Select(d => Confidence(null, d, [.. confidence.Where(c => DirectionOf(c) == d)]))]);

        var respondents = surveys.Select(s => s.AuthorMentorId).Distinct().Count();
        var surveyFigures = new SurveyEvaluation(
            EvaluationFigure.Count(surveys.Count, respondents),
            EvaluationFigure.AboutPeople(surveys.Count == 0 ? null : Math.Round(surveys.Average(s => s.Satisfaction), 2), respondents),
            EvaluationFigure.AboutPeople(surveys.Count == 0 ? null : Math.Round(100.0 * (surveys.Count(s => s.LikelihoodToRecommend >= 9) - surveys.Count(s => s.LikelihoodToRecommend <= 6)) / surveys.Count, 1), respondents),
            EvaluationFigure.AboutPeople(Percent(surveys.Count(s => s.WouldDoAgain), surveys.Count), respondents));

        var retentionFigures = Enum.GetValues<OutcomeCheckpoint>().Select(checkpoint =>
        {
            var confirmed = retention.Where(r => r.Checkpoint == checkpoint).Sum(r => r.Count);
            var stayed = retention.Where(r => r.Checkpoint == checkpoint && r.StillEmployed).Sum(r => r.Count);
            return new RetentionEvaluation(
                checkpoint, People(confirmed), EvaluationFigure.Count(stayed, confirmed), EvaluationFigure.AboutPeople(Percent(stayed, confirmed), confirmed));
        }).ToList();

        var latest = outcomes.GroupBy(o => o.SkillsGapId).Select(g => g.MaxBy(o => o.Checkpoint)!).ToList();
        var filled = targeted.Where(g => g.Status == SkillsGapStatus.Filled).Select(g => g.Id).ToHashSet();
        var gapFigures = new GapEvaluation(
            EvaluationFigure.OfThings(targeted.Count),
            EvaluationFigure.OfThings(targeted.Count(g => figures.GapsAddressed.Contains(g.Id))),
            EvaluationFigure.OfThings(filled.Count),
            EvaluationFigure.OfThings(latest.Count(o => o.Status == GapOutcomeStatus.Filled && o.ProgrammeHelped && filled.Contains(o.SkillsGapId))));

        return new ProgrammeEvaluation(
            programme,
            clock.GetUtcNow(),
            false,
            participation,
            sessionFigures,
            confidenceFigures,
            surveyFigures,
            retentionFigures,
            gapFigures,
            [.. objectives.Select(o => new ObjectiveEvaluation(o, ObjectiveProgress.Of(o, figures)))]);
    }

    private static ConfidenceGroup Confidence(int? skillId, TeachingDirection? direction, List<ConfidenceChange> changes)
    {
        var learners = changes.GroupBy(c => (c.PairingId, c.MentorId)).ToList();
        var people = changes.Select(c => c.MentorId).Distinct().Count();
        return new ConfidenceGroup(
            skillId,
            direction,
            EvaluationFigure.Count(learners.Count, people),
            EvaluationFigure.AboutPeople(changes.Count == 0 ? null : Math.Round(changes.Average(c => c.Change), 2), people),
            EvaluationFigure.AboutPeople(Percent(learners.Count(l => l.Any(c => c.Change > 0)), learners.Count), people));
    }

    private static EvaluationFigure People(int count) => EvaluationFigure.Count(count, count);

    private static double? Percent(int part, int whole) => whole == 0 ? null : Math.Round(100.0 * part / whole, 1);

    private sealed record EvaluatedPairing(int Id, PairingStatus Status, int MentorAId, CareerStage StageA, int MentorBId, CareerStage StageB)
    {
        public IEnumerable<int> Mentors => [MentorAId, MentorBId];
    }
}
