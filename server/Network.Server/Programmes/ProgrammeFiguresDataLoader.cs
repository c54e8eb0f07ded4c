using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Programmes;

/// <summary>Each programme's figures (<see cref="ProgrammeFigureReader"/>), by programme ID.</summary>
public sealed class ProgrammeFiguresDataLoader(IDbContextFactory<NetworkDbContext> factory, IEnumerable<IObjectiveMeasureSource> sources, DataLoaderDispatcher dispatcher)
    : BatchDataLoader<int, ProgrammeFigures>(dispatcher)
{
    protected override async Task<IReadOnlyDictionary<int, ProgrammeFigures>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await ProgrammeFigureReader.ReadAsync(db, [.. keys], sources, cancellationToken);
    }

    protected override ProgrammeFigures Missing(int key) => ProgrammeFigures.None;
}
