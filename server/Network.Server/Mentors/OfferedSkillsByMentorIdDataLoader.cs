using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Mentors;

public sealed class OfferedSkillsByMentorIdDataLoader(IDbContextFactory<NetworkDbContext> factory) : GroupedDataLoader<int, OfferedSkill>
{
    protected override async Task<IEnumerable<IGrouping<int, OfferedSkill>>> FetchGroupsAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var skills = await db.OfferedSkills.AsNoTracking()
            .Where(s => keys.Contains(s.MentorId))
            .OrderByDescending(s => s.Level).ThenBy(s => s.SkillId)
            .ToListAsync(cancellationToken);
        return skills.GroupBy(s => s.MentorId);
    }
}
