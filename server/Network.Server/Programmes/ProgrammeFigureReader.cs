using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Pairings;
using Network.Server.SkillsGaps;
using Network.Server.Training;

namespace Network.Server.Programmes;

/// <summary>
/// Each programme's figures: enrolled, nominated and fully trained mentors, pairs formed (accepted by both
/// sides: accepted, active or completed), and the objectives' gaps a formed pair addresses, that is a pair in
/// which someone teaches the gap's skill to a mentor of the gap's employer. Five queries for any number of programmes.
/// </summary>
public static class ProgrammeFigureReader
{
    /// <summary>Pairs count as formed once both sides have accepted, and stay formed when completed.</summary>
    public static IReadOnlyList<PairingStatus> Formed { get; } = [.. Pairing.HeldStatuses, PairingStatus.Completed];

    /// <summary>The figures, with the objectives that other features measure filled in by <paramref name="sources"/>.</summary>
    public static async Task<Dictionary<int, ProgrammeFigures>> ReadAsync(
        NetworkDbContext db, int[] ids, IEnumerable<IObjectiveMeasureSource> sources, CancellationToken cancellationToken)
    {
        var figures = await ReadAsync(db, ids, cancellationToken);
        var bySource = sources.ToDictionary(s => s.Measure);
        if (bySource.Count == 0)
        {
            return figures;
        }

        ObjectiveMeasure[] measures = [.. bySource.Keys];
        var objectives = await db.ProgrammeObjectives.AsNoTracking()
            .Include(o => o.Skills)
            .Where(o => ids.Contains(o.ProgrammeId) && measures.Contains(o.Measure))
            .ToListAsync(cancellationToken);
        var measured = new Dictionary<int, double>();
        foreach (var group in objectives.GroupBy(o => o.Measure))
        {
            foreach (var (objectiveId, value) in await bySource[group.Key].MeasureAsync(db, [.. group], cancellationToken))
            {
                measured[objectiveId] = value;
            }
        }

        foreach (var id in ids)
        {
            figures[id] = figures[id] with { Measured = measured };
        }

        return figures;
    }

    public static async Task<Dictionary<int, ProgrammeFigures>> ReadAsync(NetworkDbContext db, int[] ids, CancellationToken cancellationToken)
    {
        var required = await db.Programmes.AsNoTracking().Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.RequiredTrainingModuleIds, cancellationToken);
        var enrolments = await db.ProgrammeEnrolments.AsNoTracking()
            .Where(e => ids.Contains(e.ProgrammeId) && e.Status != EnrolmentStatus.Withdrawn)
            .Select(e => new { e.ProgrammeId, e.MentorId, e.Status })
            .ToListAsync(cancellationToken);
        int[] enrolled = [.. enrolments.Where(e => e.Status == EnrolmentStatus.Enrolled).Select(e => e.MentorId).Distinct()];
        var completed = (await db.TrainingCompletions.AsNoTracking()
                .Where(c => enrolled.Contains(c.MentorId))
                .Select(c => new { c.MentorId, c.TrainingModuleId })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.MentorId, c => c.TrainingModuleId);
        PairingStatus[] formed = [.. Formed];
        var pairs = await db.ProgrammePairings.AsNoTracking()
            .Where(p => ids.Contains(p.ProgrammeId) && formed.Contains(p.Pairing!.Status))
            .Select(p => new
            {
                p.ProgrammeId,
                Taught = p.Pairing!.Skills.Select(s => new { s.SkillId, LearnerEmployerId = s.Teacher == PairingSide.A ? p.Pairing.EmployerBId : p.Pairing.EmployerAId }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var gaps = await (
                from objective in db.ProgrammeObjectives.AsNoTracking()
                where ids.Contains(objective.ProgrammeId)
                from target in objective.Gaps
                join gap in db.SkillsGaps on target.SkillsGapId equals gap.Id
                select new { objective.ProgrammeId, gap.Id, gap.EmployerId, gap.SkillId })
            .Distinct()
            .ToListAsync(cancellationToken);

        var figures = new Dictionary<int, ProgrammeFigures>();
        foreach (var id in ids)
        {
            var own = enrolments.Where(e => e.ProgrammeId == id).ToList();
            var modules = required.GetValueOrDefault(id) ?? [];
            var taught = pairs.Where(p => p.ProgrammeId == id).SelectMany(p => p.Taught).Select(t => (t.SkillId, t.LearnerEmployerId)).ToHashSet();
            figures[id] = new ProgrammeFigures(
                own.Count(e => e.Status == EnrolmentStatus.Enrolled),
                own.Count(e => e.Status == EnrolmentStatus.Nominated),
                own.Count(e => e.Status == EnrolmentStatus.Enrolled && modules.All(m => completed[e.MentorId].Contains(m))),
                pairs.Count(p => p.ProgrammeId == id),
                gaps.Where(g => g.ProgrammeId == id && taught.Contains((g.SkillId, g.EmployerId))).Select(g => g.Id).ToHashSet());
        }

        return figures;
    }
}
