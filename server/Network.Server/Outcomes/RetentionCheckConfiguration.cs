using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.Employers;
using Network.Server.Mentors;
using Network.Server.Programmes;

namespace Network.Server.Outcomes;

internal sealed class RetentionCheckConfiguration : IEntityTypeConfiguration<RetentionCheck>
{
    public void Configure(EntityTypeBuilder<RetentionCheck> builder)
    {
        builder.HasKey(r => new { r.ProgrammeId, r.MentorId, r.Checkpoint });
        builder.HasOne<Programme>().WithMany().HasForeignKey(r => r.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mentor>().WithMany().HasForeignKey(r => r.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Employer>().WithMany().HasForeignKey(r => r.EmployerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.MentorId);
        builder.Property(r => r.RecordedBySubject).HasMaxLength(200);
    }
}
