using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Mutations;
using Network.Server.Skills;
using Network.Server.Training;

namespace Network.Server.Programmes;

/// <summary>The checks a programme's fields get, whether it is created or changed.</summary>
internal static class ProgrammeValidation
{
    public static List<Sector> Sectors(InputValidator v, List<Sector> sectors)
    {
        var distinct = sectors.Distinct().Order().ToList();
        if (distinct.Count == 0)
        {
            v.Add(new OutOfRangeError("sectors must name at least one sector.", "sectors", 1, Enum.GetValues<Sector>().Length));
        }

        return distinct;
    }

    /// <summary>The timeframe: it ends after it starts, within two years, not in the past, and enrolment closes by the end.</summary>
    public static void Schedule(InputValidator v, DateOnly startsOn, DateOnly endsOn, DateOnly enrolmentClosesOn, DateOnly today)
    {
        if (endsOn <= startsOn)
        {
            v.Add(new InvalidDateError("endsOn must be after startsOn.", "endsOn"));
        }
        else if (endsOn.DayNumber - startsOn.DayNumber > ProgrammeRules.MaxDurationDays)
        {
            v.Add(new InvalidDateError("A programme runs for at most two years.", "endsOn"));
        }

        if (endsOn < today)
        {
            v.Add(new InvalidDateError("endsOn must not be in the past.", "endsOn"));
        }

        if (enrolmentClosesOn > endsOn)
        {
            v.Add(new InvalidDateError("enrolmentClosesOn must be on or before endsOn.", "enrolmentClosesOn"));
        }
    }

    public static void Sessions(InputValidator v, SessionStructureInput sessions)
    {
        v.Range("sessions.everyWeeks", sessions.EveryWeeks, 1, ProgrammeRules.MaxSessionEveryWeeks);
        v.Range("sessions.minutes", sessions.Minutes, ProgrammeRules.MinSessionMinutes, ProgrammeRules.MaxSessionMinutes);
        v.Range("sessions.minimumSessions", sessions.MinimumSessions, 1, ProgrammeRules.MaxMinimumSessions);
    }

    /// <summary>The training modules the IDs name, in the order given, each once; errors for those that are malformed or unknown.</summary>
    public static async Task<List<int>> TrainingAsync(InputValidator v, NetworkDbContext db, List<string> ids, CancellationToken cancellationToken)
    {
        var keys = ids.Select((id, i) => v.Id($"requiredTrainingModuleIds[{i}]", id, "TrainingModule")).ToList();
        int[] wanted = [.. keys.Where(k => k != 0).Distinct()];
        var known = await db.TrainingModules.Where(t => wanted.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < ids.Count; i++)
        {
            if (keys[i] != 0 && !known.Contains(keys[i]))
            {
                v.Add(new TrainingModuleNotFoundError($"No training module has the ID {ids[i]}.", ids[i]));
            }
        }

        return [.. keys.Where(known.Contains).Distinct()];
    }
}
