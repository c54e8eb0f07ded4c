using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.Feedback;

/// <summary>The feature's tables, as sets of the database context.</summary>
public static class FeedbackData
{
    extension(NetworkDbContext db)
    {
        public DbSet<SessionRating> SessionRatings => db.Set<SessionRating>();

        public DbSet<ConfidenceRating> ConfidenceRatings => db.Set<ConfidenceRating>();

        public DbSet<PairingSurvey> PairingSurveys => db.Set<PairingSurvey>();
    }
}
