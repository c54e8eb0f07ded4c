using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.Mentors;

namespace Network.Server.Pairings;

internal sealed class PairingConfiguration : IEntityTypeConfiguration<Pairing>
{
    /// <summary>The statuses of <see cref="Pairing.OpenStatuses"/>, as stored.</summary>
    private static readonly string OpenStatuses = $"status IN ({string.Join(", ", Pairing.OpenStatuses.Select(s => (int)s))})";

    public const string OpenPairIndex = "ux_pairings_open_pair";

    public void Configure(EntityTypeBuilder<Pairing> builder)
    {
        // Each side names its mentor and that mentor's employer; the composite foreign keys make the pair
        // of columns agree with the mentor's row, so the CHECK on the employers holds for the mentors too.
        builder.HasOne<Mentor>().WithMany()
            .HasForeignKey(p => new { p.MentorAId, p.EmployerAId })
            .HasPrincipalKey(m => new { m.Id, m.EmployerId })
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_pairings_mentor_a");
        builder.HasOne<Mentor>().WithMany()
            .HasForeignKey(p => new { p.MentorBId, p.EmployerBId })
            .HasPrincipalKey(m => new { m.Id, m.EmployerId })
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_pairings_mentor_b");
        builder.HasMany(p => p.Skills).WithOne().HasForeignKey(s => s.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.PairingId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(p => new { p.MentorAId, p.MentorBId }).IsUnique().HasFilter(OpenStatuses).HasDatabaseName(OpenPairIndex);
        builder.HasIndex(p => p.EmployerAId);
        builder.HasIndex(p => p.EmployerBId);
        builder.HasIndex(p => p.Status);

        builder.Property(p => p.ProposedBySubject).HasMaxLength(200);
        builder.Property(p => p.DeclineReason).HasMaxLength(PairingRules.MaxReasonLength);
        builder.Property(p => p.EndNote).HasMaxLength(PairingRules.MaxReasonLength);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_pairings_different_employers", "employer_a_id <> employer_b_id");
            t.HasCheckConstraint("ck_pairings_canonical_order", "mentor_a_id < mentor_b_id");
            t.HasCheckConstraint("ck_pairings_accepted_at", "status IN (0, 4) OR accepted_at IS NOT NULL");
            t.HasCheckConstraint("ck_pairings_end_reason", "(status = 5) = (end_reason IS NOT NULL)");
            t.HasCheckConstraint("ck_pairings_paused_at", "(status = 6) = (paused_at IS NOT NULL)");
        });
    }
}
