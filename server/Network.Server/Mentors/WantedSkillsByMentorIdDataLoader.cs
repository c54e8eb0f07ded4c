using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Skills;

namespace Network.Server.Mentors;

/// <summary>The skills mentors want to learn, each with its skill in the same statement (see <see cref="OfferedSkillsByMentorIdDataLoader"/>).</summary>
public sealed class WantedSkillsByMentorIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<WantedSkill>(factory, dispatcher, Query, s => s.MentorId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<WantedSkill>> Query = RowWithRelated.Setting(
        EF.CompileAsyncQuery<NetworkDbContext, int[], RowWithRelated<WantedSkill, Skill>>((db, keys) => db.Set<WantedSkill>().AsNoTracking()
            .Where(s => keys.Contains(s.MentorId))
            .OrderBy(s => s.SkillId)
            .Select(row => new RowWithRelated<WantedSkill, Skill> { Row = row, Related = row.Skill })),
        (row, related) => row.Skill = related);
}
