using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Pairings;
using Network.Server.Scoring;
using Network.Server.SkillsGaps;
using Network.Server.Training;

namespace Network.Server.Programmes;

/// <summary>
/// Pairing within a programme: its pool is its enrolled mentors who are ready (active, trained, the current
/// code of conduct accepted); its pairs score higher for what its objectives target; a pair is proposed only
/// between two ready mentors and while the programme has room for it.
/// </summary>
public static class ProgrammePairingPool
{
    /// <summary>The programme's mentors ready to be paired.</summary>
    public static async Task<int[]> ReadyMentorIdsAsync(NetworkDbContext db, int programmeId, CancellationToken cancellationToken)
    {
        var readiness = await ProgrammeReadiness.OfAsync(db, db.ProgrammeEnrolments.Where(e => e.ProgrammeId == programmeId && e.Status == EnrolmentStatus.Enrolled), cancellationToken);
        return [.. readiness.Values.Where(r => r.ReadyToPair).Select(r => r.MentorId).Order()];
    }

    /// <summary>The skills and gaps the programme's objectives target.</summary>
    public static async Task<ScoringFocus> FocusAsync(NetworkDbContext db, int programmeId, CancellationToken cancellationToken)
    {
        var objectives = db.ProgrammeObjectives.AsNoTracking().Where(o => o.ProgrammeId == programmeId);
        var skills = await objectives.SelectMany(o => o.Skills).Select(s => s.SkillId).Distinct().ToListAsync(cancellationToken);
        var gaps = await (
                from target in objectives.SelectMany(o => o.Gaps)
                join gap in db.SkillsGaps on target.SkillsGapId equals gap.Id
                select new { gap.EmployerId, gap.SkillId })
            .Distinct()
            .ToListAsync(cancellationToken);
        return new ScoringFocus(skills.ToHashSet(), gaps.Select(g => (g.EmployerId, g.SkillId)).ToHashSet());
    }

    /// <summary>
    /// Why the <paramref name="mentors"/> (keys, and IDs as given) cannot be paired within the
    /// programme: not enrolled, withdrawn from the network, training missing, code of conduct not accepted.
    /// </summary>
    public static async Task<List<UserError>> RefusalsAsync(
        NetworkDbContext db, Programme programme, IReadOnlyList<(int Key, string Id)> mentors, CancellationToken cancellationToken)
    {
        int[] keys = [.. mentors.Select(m => m.Key).Distinct()];
        var enrolments = await db.ProgrammeEnrolments.AsNoTracking()
            .Where(e => e.ProgrammeId == programme.Id && keys.Contains(e.MentorId))
            .Select(e => new { e.Id, e.MentorId })
            .ToListAsync(cancellationToken);
        int[] enrolmentIds = [.. enrolments.Select(e => e.Id)];
        var readiness = (await ProgrammeReadiness.OfAsync(db, db.ProgrammeEnrolments.Where(e => enrolmentIds.Contains(e.Id)), cancellationToken))
            .Values.ToDictionary(r => r.MentorId);
        var programmeId = GlobalId.Serialize("Programme", programme.Id);
        var errors = new List<UserError>();
        foreach (var (key, id) in mentors.DistinctBy(m => m.Key))
        {
            if (!readiness.TryGetValue(key, out var ready) || ready.Status != EnrolmentStatus.Enrolled)
            {
                errors.Add(new EnrolmentNotFoundError($"The mentor {id} is not enrolled in the programme.", programmeId, id));
                continue;
            }

            if (ready.MissingTraining.Count > 0)
            {
                var modules = await db.TrainingModules.AsNoTracking().Where(t => ready.MissingTraining.Contains(t.Id)).OrderBy(t => t.Id).Select(t => t.Title).ToListAsync(cancellationToken);
                errors.Add(new TrainingIncompleteError(
                    $"The mentor {id} has not completed the programme's required training: {string.Join(", ", modules)}.",
                    id,
                    [.. ready.MissingTraining.Select(t => GlobalId.Serialize("TrainingModule", t))]));
            }

            if (!ready.AcceptedCurrentConduct)
            {
                errors.Add(new ConductNotAcceptedError(
                    $"The mentor {id} has not accepted version {programme.ConductVersion} of the programme's code of conduct.", id, programme.ConductVersion));
            }
        }

        return errors;
    }

    /// <summary>How many more pairs the programme can take: its maximum less those formed or proposed within it.</summary>
    public static async Task<int> RoomAsync(NetworkDbContext db, Programme programme, CancellationToken cancellationToken)
    {
        var taken = await db.ProgrammePairings.CountAsync(
            p => p.ProgrammeId == programme.Id && (ProgrammeFigureReader.Formed.Contains(p.Pairing!.Status) || p.Pairing.Status == PairingStatus.Proposed),
            cancellationToken);
        return programme.MaxPairs - taken;
    }
}
