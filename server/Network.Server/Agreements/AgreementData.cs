using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.Agreements;

/// <summary>The feature's tables, as sets of the database context.</summary>
public static class AgreementData
{
    extension(NetworkDbContext db)
    {
        public DbSet<PairingAgreement> PairingAgreements => db.Set<PairingAgreement>();

        public DbSet<AgreementGoal> AgreementGoals => db.Set<AgreementGoal>();
    }
}
