using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Mentors;

public sealed class MentorsByEmployerIdDataLoader(IDbContextFactory<NetworkDbContext> factory) : GroupedDataLoader<int, Mentor>
{
    protected override async Task<IEnumerable<IGrouping<int, Mentor>>> FetchGroupsAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var mentors = await db.Mentors.AsNoTracking()
            .Where(m => keys.Contains(m.EmployerId) && m.Status == MentorStatus.Active)
            .OrderBy(m => m.DisplayName).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        return mentors.GroupBy(m => m.EmployerId);
    }
}
