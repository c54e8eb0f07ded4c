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
/// Everything a programme's evaluation counts, each part one query that PostgreSQL aggregates where it can (sessions by pairing
/// and status, ratings by author), so the cost grows with the programme's pairs rather than its sessions.
/// </summary>
internal sealed record ProgrammeHistory(
    Dictionary<EnrolmentStatus, int> Enrolments,
    Dictionary<int, ProgrammeHistory.EvaluatedPairing> Pairings,
    List<ProgrammeHistory.TaughtSkill> Skills,
    List<ProgrammeHistory.SessionCount> Sessions,
    List<ProgrammeHistory.AuthorRatings> Ratings,
    List<ConfidenceChange> Confidence,
    List<ProgrammeHistory.SurveyAnswer> Surveys,
    List<ProgrammeHistory.RetentionCount> Retention,
    List<ProgrammeHistory.TargetedGap> Targeted,
    List<GapOutcome> Outcomes,
    List<ProgrammeObjective> Objectives)
{
    public static async Task<ProgrammeHistory> ReadAsync(NetworkDbContext db, int id, CancellationToken cancellationToken)
    {
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
            .Select(s => new TaughtSkill(s.PairingId, s.SkillId, s.Teacher))
            .ToListAsync(cancellationToken);
        var sessions = await db.PairingSessions.Where(s => pairingIds.Contains(s.PairingId))
            .GroupBy(s => new { s.PairingId, s.Status })
            .Select(g => new SessionCount(g.Key.PairingId, g.Key.Status, g.Count()))
            .ToListAsync(cancellationToken);
        var ratings = await db.SessionRatings.Where(r => pairingIds.Contains(r.PairingId))
            .GroupBy(r => r.AuthorMentorId)
            .Select(g => new AuthorRatings(g.Count(), g.Sum(r => r.Rating)))
            .ToListAsync(cancellationToken);
        var confidence = ConfidenceChange.From(await db.ConfidenceRatings.AsNoTracking().Where(r => pairingIds.Contains(r.PairingId)).ToListAsync(cancellationToken));
        var surveys = await db.PairingSurveys.Where(s => pairingIds.Contains(s.PairingId))
            .Select(s => new SurveyAnswer(s.AuthorMentorId, s.Satisfaction, s.LikelihoodToRecommend, s.WouldDoAgain))
            .ToListAsync(cancellationToken);
        var retention = await db.RetentionChecks.Where(r => r.ProgrammeId == id)
            .GroupBy(r => new { r.Checkpoint, r.StillEmployed })
            .Select(g => new RetentionCount(g.Key.Checkpoint, g.Key.StillEmployed, g.Count()))
            .ToListAsync(cancellationToken);
        var targeted = await (
                from objective in db.ProgrammeObjectives
                where objective.ProgrammeId == id
                from target in objective.Gaps
                join gap in db.SkillsGaps on target.SkillsGapId equals gap.Id
                select new TargetedGap(gap.Id, gap.Status))
            .Distinct()
            .ToListAsync(cancellationToken);
        var outcomes = await db.GapOutcomes.AsNoTracking().Where(g => g.ProgrammeId == id).ToListAsync(cancellationToken);

        // Split: in one query, an objective's skills and gaps would come as their product.
        var objectives = await db.ProgrammeObjectives.AsNoTracking().Include(o => o.Skills).Include(o => o.Gaps).AsSplitQuery()
            .Where(o => o.ProgrammeId == id).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        return new ProgrammeHistory(enrolments, pairings, skills, sessions, ratings, confidence, surveys, retention, targeted, outcomes, objectives);
    }

    internal sealed record EvaluatedPairing(int Id, PairingStatus Status, int MentorAId, CareerStage StageA, int MentorBId, CareerStage StageB)
    {
        public IEnumerable<int> Mentors => [MentorAId, MentorBId];
    }

    internal sealed record TaughtSkill(int PairingId, int SkillId, PairingSide Teacher);

    internal sealed record SessionCount(int PairingId, SessionStatus Status, int Count);

    internal sealed record AuthorRatings(int Count, int Sum);

    internal sealed record SurveyAnswer(int AuthorMentorId, int Satisfaction, int LikelihoodToRecommend, bool WouldDoAgain);

    internal sealed record RetentionCount(OutcomeCheckpoint Checkpoint, bool StillEmployed, int Count);

    internal sealed record TargetedGap(int Id, SkillsGapStatus Status);
}
