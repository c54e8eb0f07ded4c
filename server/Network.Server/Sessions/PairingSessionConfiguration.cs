using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.Mentors;
using Network.Server.Pairings;

namespace Network.Server.Sessions;

internal sealed class PairingSessionConfiguration : IEntityTypeConfiguration<PairingSession>
{
    public void Configure(EntityTypeBuilder<PairingSession> builder)
    {
        builder.HasOne<Pairing>().WithMany().HasForeignKey(s => s.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mentor>().WithMany().HasForeignKey(s => s.MentorAId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Mentor>().WithMany().HasForeignKey(s => s.MentorBId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PairingId, s.StartsAt });
        builder.HasIndex(s => new { s.MentorAId, s.StartsAt });
        builder.HasIndex(s => new { s.MentorBId, s.StartsAt });
        builder.Property(s => s.TimeZone).HasMaxLength(64);
        builder.Property(s => s.OnlineLink).HasMaxLength(SessionRules.MaxLinkLength);
        builder.Property(s => s.VenuePostcode).HasMaxLength(10);
        builder.Property(s => s.CancellationReason).HasMaxLength(SessionRules.MaxReasonLength);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_pairing_sessions_ends_after_start", "ends_at > starts_at");
            t.HasCheckConstraint("ck_pairing_sessions_place", "(format = 0 AND online_link IS NOT NULL) OR (format = 1 AND venue_postcode IS NOT NULL)");
        });
    }
}
