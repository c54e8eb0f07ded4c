using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Mutations;
using Network.Server.Skills;

namespace Network.Server.Onboarding;

/// <summary>The taxonomy's skills by slug and by name, ignoring case: files name skills as people write them.</summary>
internal sealed class ImportSkills(Dictionary<string, int> byName)
{
    public static async Task<ImportSkills> LoadAsync(NetworkDbContext db, CancellationToken cancellationToken)
    {
        var skills = await db.Skills.AsNoTracking().Select(s => new { s.Id, s.Slug, s.Name }).ToListAsync(cancellationToken);
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var skill in skills)
        {
            byName[skill.Slug] = skill.Id;
            byName.TryAdd(skill.Name, skill.Id);
        }

        return new ImportSkills(byName);
    }

    /// <summary>The key of the skill <paramref name="written"/> names, or 0 after recording <see cref="UnknownSkillError"/> against <paramref name="field"/>.</summary>
    public int Find(InputValidator v, string field, string written)
    {
        if (byName.TryGetValue(written, out var id))
        {
            return id;
        }

        v.Add(new UnknownSkillError($"No skill has the slug or name '{written}'.", field, written));
        return 0;
    }
}
