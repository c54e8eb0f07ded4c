using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.Calendars;

/// <summary>The feature's tables, as sets of the database context.</summary>
public static class CalendarData
{
    extension(NetworkDbContext db)
    {
        public DbSet<CalendarFeed> CalendarFeeds => db.Set<CalendarFeed>();
    }
}
