using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Mentors;

public sealed class MentorByIdDataLoader(IDbContextFactory<NetworkDbContext> factory) : BatchDataLoader<int, Mentor?>
{
    protected override async Task<IReadOnlyDictionary<int, Mentor?>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Mentors.AsNoTracking().Where(m => keys.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => (Mentor?)m, cancellationToken);
    }
}
