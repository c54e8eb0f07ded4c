using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Geo;
using Network.Server.GraphQL.Mutations;
using Network.Server.Sessions;
using Network.Server.Skills;

namespace Network.Server.Webinars;

/// <summary>The checks a webinar's fields get, whether it is created or changed.</summary>
internal static class WebinarValidation
{
    public const string DefaultTimeZone = SessionRules.DefaultTimeZone;

    /// <summary>The skills the IDs name, each once, in the order given; errors for malformed or unknown ones, and for none or too many.</summary>
    public static async Task<List<int>> TopicsAsync(InputValidator v, NetworkDbContext db, List<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count is 0 or > WebinarRules.MaxTopicSkills)
        {
            v.Add(new OutOfRangeError($"topicSkillIds must name 1 to {WebinarRules.MaxTopicSkills} skills.", "topicSkillIds", 1, WebinarRules.MaxTopicSkills));
        }

        var keys = ids.Select((id, i) => v.Id($"topicSkillIds[{i}]", id, "Skill")).ToList();
        int[] wanted = [.. keys.Where(k => k != 0).Distinct()];
        var known = await db.Skills.Where(s => wanted.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < ids.Count; i++)
        {
            if (keys[i] != 0 && !known.Contains(keys[i]))
            {
                v.Add(new UnknownSkillError($"No skill has the ID {ids[i]}.", $"topicSkillIds[{i}]", ids[i]));
            }
        }

        return [.. keys.Where(known.Contains).Distinct()];
    }

    public static List<Sector> Sectors(InputValidator v, List<Sector> sectors)
    {
        var distinct = sectors.Distinct().Order().ToList();
        if (distinct.Count == 0)
        {
            v.Add(new OutOfRangeError("sectors must name at least one sector.", "sectors", 1, Enum.GetValues<Sector>().Length));
        }

        return distinct;
    }

    public static string TimeZone(InputValidator v, string timeZone)
    {
        if (!SessionTimes.TryFind(timeZone, out _))
        {
            v.Add(new UnknownTimeZoneError($"'{timeZone}' is not an IANA time zone such as Europe/London.", "timeZone"));
        }

        return timeZone;
    }

    public static void StartsInTheFuture(InputValidator v, DateTimeOffset startsAt, DateTimeOffset now)
    {
        if (startsAt <= now)
        {
            v.Add(new InvalidDateError("startsAt must be in the future.", "startsAt"));
        }
        else if (startsAt > now + WebinarRules.MaxLeadTime)
        {
            v.Add(new InvalidDateError($"startsAt must be within {WebinarRules.MaxLeadTime.TotalDays:0} days.", "startsAt"));
        }
    }

    public static int Duration(InputValidator v, int minutes) => v.Range("durationMinutes", minutes, WebinarRules.MinMinutes, WebinarRules.MaxMinutes);

    public static int Capacity(InputValidator v, int capacity) => v.Range("capacity", capacity, 1, WebinarRules.MaxCapacity);

    /// <summary>
    /// Where it meets: an ONLINE webinar needs a join link and an IN_PERSON one a venue postcode, which places it;
    /// the other is dropped. Null after recording why.
    /// </summary>
    public static WebinarPlace? Place(InputValidator v, WebinarFormat format, string? joinLink, string? venuePostcode)
    {
        if (format == WebinarFormat.Online)
        {
            if (string.IsNullOrWhiteSpace(joinLink))
            {
                v.Add(new BlankValueError("An ONLINE webinar needs its joinLink.", "joinLink"));
                return null;
            }

            return v.Url("joinLink", joinLink) is { } link ? new WebinarPlace(link, null, null) : null;
        }

        if (string.IsNullOrWhiteSpace(venuePostcode))
        {
            v.Add(new BlankValueError("An IN_PERSON webinar needs its venuePostcode.", "venuePostcode"));
            return null;
        }

        return v.Postcode("venuePostcode", venuePostcode) is { } found ? new WebinarPlace(null, found.Postcode.ToString(), found.District.Centroid) : null;
    }
}
