using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Mentors;

/// <summary>The mentors each mentor has blocked, in the order they were blocked.</summary>
public sealed class BlockedMentorsByMentorIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : GroupedDataLoader<int, Mentor>(dispatcher)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<BlockedMentor>> Query =
        EF.CompileAsyncQuery((NetworkDbContext db, int[] keys) =>
            from block in db.Set<MentorBlock>().AsNoTracking()
            where keys.Contains(block.MentorId)
            join mentor in db.Set<Mentor>().AsNoTracking() on block.BlockedMentorId equals mentor.Id
            orderby block.BlockedAt, block.BlockedMentorId
            select new BlockedMentor(block.MentorId, mentor));

    protected override async Task<IEnumerable<IGrouping<int, Mentor>>> FetchGroupsAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var blocked = new List<BlockedMentor>();
        await foreach (var row in Query(db, [.. keys]).WithCancellation(cancellationToken))
        {
            blocked.Add(row);
        }

        return blocked.GroupBy(b => b.MentorId, b => b.Mentor);
    }

    private sealed record BlockedMentor(int MentorId, Mentor Mentor);
}
