using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Skills;

public sealed class SkillByIdDataLoader(IDbContextFactory<NetworkDbContext> factory) : BatchDataLoader<int, Skill?>
{
    protected override async Task<IReadOnlyDictionary<int, Skill?>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Skills.AsNoTracking().Where(s => keys.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => (Skill?)s, cancellationToken);
    }
}
