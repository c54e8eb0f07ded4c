using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.Training;

/// <summary>The feature's tables, as sets of the database context.</summary>
public static class TrainingData
{
    extension(NetworkDbContext db)
    {
        public DbSet<TrainingModule> TrainingModules => db.Set<TrainingModule>();

        public DbSet<TrainingCompletion> TrainingCompletions => db.Set<TrainingCompletion>();
    }
}
