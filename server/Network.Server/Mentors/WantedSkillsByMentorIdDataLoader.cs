using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Mentors;

/// <summary>The skills mentors want to learn, each with its skill in the same statement (see <see cref="OfferedSkillsByMentorIdDataLoader"/>).</summary>
public sealed class WantedSkillsByMentorIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<WantedSkill>(factory, dispatcher, Query, s => s.MentorId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<WantedSkill>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], WantedSkill>((db, keys) => db.Set<WantedSkill>().AsNoTracking()
            .Include(s => s.Skill)
            .Where(s => keys.Contains(s.MentorId))
            .OrderBy(s => s.SkillId));
}
