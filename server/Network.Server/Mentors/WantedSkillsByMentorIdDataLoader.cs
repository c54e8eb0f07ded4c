using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Mentors;

public sealed class WantedSkillsByMentorIdDataLoader(IDbContextFactory<NetworkDbContext> factory) : GroupedDataLoader<int, WantedSkill>
{
    protected override async Task<IEnumerable<IGrouping<int, WantedSkill>>> FetchGroupsAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var skills = await db.WantedSkills.AsNoTracking()
            .Where(s => keys.Contains(s.MentorId))
            .OrderBy(s => s.SkillId)
            .ToListAsync(cancellationToken);
        return skills.GroupBy(s => s.MentorId);
    }
}
