using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Employers;

public sealed class EmployerByIdDataLoader(IDbContextFactory<NetworkDbContext> factory) : BatchDataLoader<int, Employer?>
{
    protected override async Task<IReadOnlyDictionary<int, Employer?>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Employers.AsNoTracking().Where(e => keys.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => (Employer?)e, cancellationToken);
    }
}
