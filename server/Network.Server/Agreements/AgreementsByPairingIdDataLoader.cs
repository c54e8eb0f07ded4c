using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Agreements;

/// <summary>Every version of each pairing's agreement, newest first, with its goals in order.</summary>
public sealed class AgreementsByPairingIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<PairingAgreement>(factory, dispatcher, Query, a => a.PairingId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<PairingAgreement>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], PairingAgreement>((db, keys) => db.Set<PairingAgreement>().AsNoTracking()
            .Include(a => a.Goals.OrderBy(g => g.Position))
            .Where(a => keys.Contains(a.PairingId))
            .OrderBy(a => a.PairingId).ThenByDescending(a => a.Version));
}
