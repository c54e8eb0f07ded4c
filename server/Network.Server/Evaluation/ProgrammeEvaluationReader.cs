using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Feedback;
using Network.Server.Outcomes;
using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.Sessions;
using Network.Server.SkillsGaps;

namespace Network.Server.Evaluation;

/// <summary>
/// Reads a programme's evaluation in full, every figure with the number of people it is about: from its history
/// (<see cref="ProgrammeHistory"/>) and, for its objectives, its figures.
/// </summary>
public sealed class ProgrammeEvaluationReader(IDbContextFactory<NetworkDbContext> factory, IEnumerable<IObjectiveMeasureSource> sources, TimeProvider clock)
{
    public async Task<ProgrammeEvaluation> ReadAsync(NetworkDbContext db, Programme programme, CancellationToken cancellationToken)
    {
        var id = programme.Id;

        // The objectives' figures (the programme's figures and the measure sources) need nothing read here, and are about two fifths
        // of the time spent waiting on PostgreSQL: read them meanwhile, on a connection of their own.
        var figuresRead = ReadFiguresAsync(id, cancellationToken);
        var historyRead = ProgrammeHistory.ReadAsync(db, id, cancellationToken);
        await Task.WhenAll(figuresRead, historyRead);
        var figures = await figuresRead;
        var (enrolments, pairings, skills, sessions, ratings, confidence, surveys, retention, targeted, outcomes, objectives) = await historyRead;

        var formed = pairings.Values.Where(p => ProgrammeFigureReader.Formed.Contains(p.Status)).ToList();
        var taughtByA = skills.Where(s => s.Teacher == PairingSide.A).Select(s => s.PairingId).ToHashSet();
        var taughtByB = skills.Where(s => s.Teacher == PairingSide.B).Select(s => s.PairingId).ToHashSet();
        var twoWay = formed.Count(p => taughtByA.Contains(p.Id) && taughtByB.Contains(p.Id));
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

    private async Task<ProgrammeFigures> ReadFiguresAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return (await ProgrammeFigureReader.ReadAsync(db, [id], sources, cancellationToken))[id];
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
}
