using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Skills;
using Network.Server.SkillsGaps;

namespace Network.Server.Programmes;

/// <summary>The checks an objective's fields get, whether it is added or changed.</summary>
internal static class ObjectiveValidation
{
    /// <summary>The most a count target may be.</summary>
    public const int MaxCount = 100_000;

    /// <summary>A target fits its measure: a whole count of at least 1, or a percentage above 0 and up to 100.</summary>
    public static void Target(InputValidator v, ObjectiveMeasure measure, double target)
    {
        if (measure == ObjectiveMeasure.LearnersMoreConfidentPercent)
        {
            if (!(target > 0 && target <= 100))
            {
                v.Add(new OutOfRangeError("target must be a percentage above 0 and at most 100.", "target", 0, 100));
            }
        }
        else if (!(target >= 1 && target <= MaxCount && Math.Floor(target) == target))
        {
            v.Add(new OutOfRangeError($"target must be a whole number from 1 to {MaxCount}.", "target", 1, MaxCount));
        }
    }

    /// <summary>The skills the IDs name, each once; errors for malformed or unknown ones and for too many.</summary>
    public static async Task<List<int>> SkillsAsync(InputValidator v, NetworkDbContext db, List<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count > ProgrammeRules.MaxTargetSkills)
        {
            v.Add(new OutOfRangeError($"skillIds may name at most {ProgrammeRules.MaxTargetSkills} skills.", "skillIds", 0, ProgrammeRules.MaxTargetSkills));
        }

        var keys = ids.Select((id, i) => v.Id($"skillIds[{i}]", id, "Skill")).ToList();
        int[] wanted = [.. keys.Where(k => k != 0).Distinct()];
        var known = await db.Skills.Where(s => wanted.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < ids.Count; i++)
        {
            if (keys[i] != 0 && !known.Contains(keys[i]))
            {
                v.Add(new UnknownSkillError($"No skill has the ID {ids[i]}.", $"skillIds[{i}]", ids[i]));
            }
        }

        return [.. keys.Where(known.Contains).Distinct()];
    }

    /// <summary>
    /// The skills gaps the IDs name, each once: each must exist, be open, and belong to an employer that has
    /// joined <paramref name="programmeId"/>; errors for those that do not, and for too many.
    /// </summary>
    public static async Task<List<int>> GapsAsync(InputValidator v, NetworkDbContext db, int programmeId, List<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count > ProgrammeRules.MaxTargetGaps)
        {
            v.Add(new OutOfRangeError($"skillsGapIds may name at most {ProgrammeRules.MaxTargetGaps} gaps.", "skillsGapIds", 0, ProgrammeRules.MaxTargetGaps));
        }

        var keys = ids.Select((id, i) => v.Id($"skillsGapIds[{i}]", id, "SkillsGap")).ToList();
        int[] wanted = [.. keys.Where(k => k != 0).Distinct()];
        var gaps = await db.SkillsGaps.AsNoTracking().Where(g => wanted.Contains(g.Id))
            .Select(g => new { g.Id, g.EmployerId, g.Status, Joined = db.Set<ProgrammeEmployer>().Any(e => e.ProgrammeId == programmeId && e.EmployerId == g.EmployerId) })
            .ToDictionaryAsync(g => g.Id, cancellationToken);
        for (var i = 0; i < ids.Count; i++)
        {
            if (keys[i] == 0)
            {
                continue;
            }

            if (!gaps.TryGetValue(keys[i], out var gap))
            {
                v.Add(new SkillsGapNotFoundError($"No skills gap has the ID {ids[i]}.", ids[i]));
            }
            else if (gap.Status != SkillsGapStatus.Open)
            {
                v.Add(new SkillsGapNotOpenError($"The skills gap {ids[i]} is {gap.Status.ToString().ToUpperInvariant()}; objectives address open gaps.", gap.Status));
            }
            else if (!gap.Joined)
            {
                var employerId = GlobalId.Serialize("Employer", gap.EmployerId);
                v.Add(new EmployerNotInProgrammeError($"The skills gap {ids[i]} belongs to an employer that has not joined the programme ({employerId}).", employerId));
            }
        }

        return [.. keys.Where(k => gaps.TryGetValue(k, out var g) && g.Status == SkillsGapStatus.Open && g.Joined).Distinct()];
    }

    /// <summary>GAPS_ADDRESSED counts the objective's own gaps, so it needs at least as many as its target.</summary>
    public static void GapsForTarget(InputValidator v, ObjectiveMeasure measure, double target, int gaps)
    {
        if (measure == ObjectiveMeasure.GapsAddressed && gaps < target)
        {
            v.Add(new OutOfRangeError(
                $"A GAPS_ADDRESSED objective names at least as many skills gaps as its target ({target}); it names {gaps}.", "skillsGapIds", target, ProgrammeRules.MaxTargetGaps));
        }
    }
}
