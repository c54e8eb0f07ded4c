using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Skills;

namespace Network.Server.Mentors;

/// <summary>The rules a mentor profile keeps, shared by volunteering and updating.</summary>
internal static class MentorProfileValidator
{
    public const int MaxCapacity = 10;
    public const int MaxTravelKm = 200;
    public const int MaxSkillsPerList = 10;

    /// <summary>Checks both skill lists: IDs of skills that exist, each skill once, 1 to 10 in each list.</summary>
    public static async Task<(List<(int SkillId, SkillLevel Level)> Offers, List<(int SkillId, SkillLevel Level)> Wants)> SkillsAsync(
        InputValidator v, NetworkDbContext db, IReadOnlyList<MentorSkillInput>? offers, IReadOnlyList<MentorSkillInput>? wants, CancellationToken cancellationToken)
    {
        var seen = new HashSet<int>();
        var offered = Read(v, "offers", offers, seen);
        var wanted = Read(v, "wants", wants, seen);
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

    private static List<(int SkillId, SkillLevel Level)> Read(InputValidator v, string field, IReadOnlyList<MentorSkillInput>? items, HashSet<int> seen)
    {
        if (items is null)
        {
            return [];
        }

        v.Range($"{field}.length", items.Count, 1, MaxSkillsPerList);
        var result = new List<(int, SkillLevel)>();
        foreach (var item in items)
        {
            var id = v.Id($"{field}.skillId", item.SkillId, "Skill");
            if (id != 0 && !seen.Add(id))
            {
                v.Add(new DuplicateSkillError("A skill can appear only once across offers and wants.", field, item.SkillId));
            }

            result.Add((id, item.Level));
        }

        return result;
    }
}
