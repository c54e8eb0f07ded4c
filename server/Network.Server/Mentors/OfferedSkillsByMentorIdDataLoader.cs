using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Skills;

namespace Network.Server.Mentors;

/// <summary>
/// The skills mentors offer, strongest first, each with its skill in the same statement: a skill on a profile is hardly
/// ever asked for without its name, and the taxonomy is small.
/// </summary>
public sealed class OfferedSkillsByMentorIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<OfferedSkill>(factory, dispatcher, Query, s => s.MentorId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<OfferedSkill>> Query = RowWithRelated.Setting(
        EF.CompileAsyncQuery<NetworkDbContext, int[], RowWithRelated<OfferedSkill, Skill>>((db, keys) => db.Set<OfferedSkill>().AsNoTracking()
            .Where(s => keys.Contains(s.MentorId))
            .OrderByDescending(s => s.Level).ThenBy(s => s.SkillId)
            .Select(row => new RowWithRelated<OfferedSkill, Skill> { Row = row, Related = row.Skill })),
        (row, related) => row.Skill = related);
}
