using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Pairings;

/// <summary>The skills that flow in each pairing, side A's first.</summary>
public sealed class PairingSkillsByPairingIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<PairingSkill>(factory, dispatcher, Query, s => s.PairingId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<PairingSkill>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], PairingSkill>((db, keys) => db.Set<PairingSkill>().AsNoTracking()
            .Where(s => keys.Contains(s.PairingId))
            .OrderBy(s => s.Teacher).ThenBy(s => s.SkillId));
}
