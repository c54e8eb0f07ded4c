using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.Employers;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Programmes;

namespace Network.Server.Concerns;

internal sealed class ConcernReportConfiguration : IEntityTypeConfiguration<ConcernReport>
{
    public void Configure(EntityTypeBuilder<ConcernReport> builder)
    {
        builder.HasOne<Programme>().WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mentor>().WithMany().HasForeignKey(c => c.ReporterMentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(c => c.ReporterEmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Pairing>().WithMany().HasForeignKey(c => c.AboutPairingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Mentor>().WithMany().HasForeignKey(c => c.AboutMentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Actions).WithOne().HasForeignKey(a => a.ConcernId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ProgrammeId, c.Status });
        builder.HasIndex(c => c.ReporterMentorId);
        builder.Property(c => c.Description).HasMaxLength(ConcernRules.MaxDescriptionLength);
        builder.ToTable(t => t.HasCheckConstraint("ck_concern_reports_about_one", "(about_pairing_id IS NULL) <> (about_mentor_id IS NULL)"));
    }
}
