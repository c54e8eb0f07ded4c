using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Geo;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Skills;

namespace Network.Server.Mentors;

/// <summary>The rules a mentor profile keeps, shared by volunteering, updating and importing.</summary>
internal static class MentorProfileValidator
{
    public const int MaxDisplayNameLength = 100;
    public const int MaxJobTitleLength = 100;
    public const int MaxCapacity = 10;
    public const int MaxTravelKm = 200;
    public const int MaxSkillsPerList = 10;

    /// <summary>
    /// The texts, limits and place of a new profile: a name that is not blank, an email and job title that may be,
    /// capacity and travel within bounds, and a West Midlands postcode when one is given. A number is null where
    /// the input had none to check: an imported cell that is not a number, already reported as such.
    /// </summary>
    public static (string DisplayName, string? Email, string? JobTitle, (Postcode Postcode, PostcodeDistrict District)? Place) Fields(
        InputValidator v, string? displayName, string? email, string? jobTitle, int? capacity, int? maxTravelKm, string? postcode)
    {
        var name = v.Text("displayName", displayName, MaxDisplayNameLength);
        var address = v.Email("email", email);
        var title = v.OptionalText("jobTitle", jobTitle, MaxJobTitleLength);
        if (capacity is { } places)
        {
            v.Range("capacity", places, 1, MaxCapacity);
        }

        if (maxTravelKm is { } travel)
        {
            v.Range("maxTravelKm", travel, 0, MaxTravelKm);
        }

        var place = postcode is null ? null : v.Postcode("postcode", postcode);
        return (name, address, title, place);
    }

    /// <summary>Checks both skill lists: IDs of skills that exist, each skill once, 1 to 10 in each list.</summary>
    public static async Task<(List<(int SkillId, SkillLevel Level)> Offers, List<(int SkillId, SkillLevel Level)> Wants)> SkillsAsync(
        InputValidator v, NetworkDbContext db, IReadOnlyList<MentorSkillInput>? offers, IReadOnlyList<MentorSkillInput>? wants, CancellationToken cancellationToken)
    {
        var seen = new HashSet<int>();
        var offered = offers is null ? [] : SkillList(v, "offers", offers, seen, item => (v.Id("offers.skillId", item.SkillId, "Skill"), item.Level, item.SkillId));
        var wanted = wants is null ? [] : SkillList(v, "wants", wants, seen, item => (v.Id("wants.skillId", item.SkillId, "Skill"), item.Level, item.SkillId));
        var ids = offered.Concat(wanted).Select(s => s.SkillId).Where(id => id != 0).Distinct().ToList();
        if (ids.Count > 0)
        {
            var known = await db.Skills.Where(s => ids.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
            foreach (var id in ids.Except(known))
            {
                v.Add(new UnknownSkillError("No skill has that ID.", offered.Any(s => s.SkillId == id) ? "offers" : "wants", GlobalId.Serialize("Skill", id)));
            }
        }

        return (offered, wanted);
    }

    /// <summary>
    /// Checks one skill list, offers or wants: 1 to 10 skills, none already in <paramref name="seen"/> (both lists
    /// share it). <paramref name="resolve"/> gives an item's skill key (0, having recorded why, when it has none),
    /// its level, and the skill as the input named it, for the errors.
    /// </summary>
    public static List<(int SkillId, SkillLevel Level)> SkillList<T>(
        InputValidator v, string field, IReadOnlyList<T> items, HashSet<int> seen, Func<T, (int SkillId, SkillLevel Level, string Given)> resolve)
    {
        v.Range($"{field}.length", items.Count, 1, MaxSkillsPerList);
        var result = new List<(int, SkillLevel)>();
        foreach (var item in items)
        {
            var (id, level, given) = resolve(item);
            if (id != 0 && !seen.Add(id))
            {
                v.Add(new DuplicateSkillError("A skill can appear only once across offers and wants.", field, given));
            }

            result.Add((id, level));
        }

        return result;
    }
}
