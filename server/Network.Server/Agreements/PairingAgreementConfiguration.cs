using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.Mentors;
using Network.Server.Pairings;

namespace Network.Server.Agreements;

internal sealed class PairingAgreementConfiguration : IEntityTypeConfiguration<PairingAgreement>
{
    public void Configure(EntityTypeBuilder<PairingAgreement> builder)
    {
        builder.HasOne<Pairing>().WithMany().HasForeignKey(a => a.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mentor>().WithMany().HasForeignKey(a => a.ProposedByMentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Goals).WithOne().HasForeignKey(g => g.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.PairingId, a.Version }).IsUnique();
        builder.Ignore(a => a.IsAgreed);
        builder.Ignore(a => a.AgreedAt);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_pairing_agreements_version", "version >= 1");
            t.HasCheckConstraint("ck_pairing_agreements_every_weeks", $"every_weeks BETWEEN {AgreementRules.MinEveryWeeks} AND {AgreementRules.MaxEveryWeeks}");
        });
    }
}
