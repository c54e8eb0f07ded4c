using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Programmes;

namespace Network.Server.Feedback;

/// <summary>
/// Measures LEARNERS_MORE_CONFIDENT_PERCENT objectives: of the programme's learners (a mentor in a pairing) who rated their
/// confidence in one of the objective's skills (any skill, when it names none) at the start and again later, the percentage
/// whose latest rating is higher in at least one. Not measured from fewer than <see cref="LearnerConfidence.MinimumLearners"/> learners.
/// </summary>
internal sealed class LearnersMoreConfidentMeasure : IObjectiveMeasureSource
{
    public ObjectiveMeasure Measure => ObjectiveMeasure.LearnersMoreConfidentPercent;

    public async Task<IReadOnlyDictionary<int, double>> MeasureAsync(NetworkDbContext db, IReadOnlyList<ProgrammeObjective> objectives, CancellationToken cancellationToken)
    {
        int[] programmeIds = [.. objectives.Select(o => o.ProgrammeId).Distinct()];
        var ratings = await db.ProgrammePairings
            .Where(l => programmeIds.Contains(l.ProgrammeId))
            .Join(db.ConfidenceRatings, l => l.PairingId, r => r.PairingId, (l, r) => new { l.ProgrammeId, Rating = r })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var changes = ratings.GroupBy(r => r.ProgrammeId).ToDictionary(g => g.Key, g => ConfidenceChange.From(g.Select(r => r.Rating)));
        var measured = new Dictionary<int, double>();
        foreach (var objective in objectives)
        {
            var skills = objective.Skills.Select(s => s.SkillId).ToHashSet();
            var learners = changes.GetValueOrDefault(objective.ProgrammeId, [])
                .Where(c => skills.Count == 0 || skills.Contains(c.SkillId))
                .GroupBy(c => (c.PairingId, c.MentorId))
                .ToList();
            if (learners.Count >= LearnerConfidence.MinimumLearners)
            {
                measured[objective.Id] = Math.Round(100.0 * learners.Count(l => l.Any(c => c.Change > 0)) / learners.Count, 1);
            }
        }

        return measured;
    }
}
