using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Training;

/// <summary>A mentor's completed training, in the order it was completed.</summary>
public sealed class TrainingCompletionsByMentorIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<TrainingCompletion>(factory, dispatcher, Query, c => c.MentorId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<TrainingCompletion>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], TrainingCompletion>((db, keys) => db.Set<TrainingCompletion>().AsNoTracking()
            .Where(c => keys.Contains(c.MentorId))
            .OrderBy(c => c.CompletedAt).ThenBy(c => c.TrainingModuleId));
}
