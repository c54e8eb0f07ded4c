using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.Webinars;

/// <summary>The feature's tables, as sets of the database context.</summary>
public static class WebinarData
{
    extension(NetworkDbContext db)
    {
        public DbSet<Webinar> Webinars => db.Set<Webinar>();

        public DbSet<WebinarRegistration> WebinarRegistrations => db.Set<WebinarRegistration>();

        public DbSet<WebinarInvitation> WebinarInvitations => db.Set<WebinarInvitation>();
    }
}
