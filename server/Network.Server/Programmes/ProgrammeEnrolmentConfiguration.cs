using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.Employers;
using Network.Server.Mentors;

namespace Network.Server.Programmes;

internal sealed class ProgrammeEnrolmentConfiguration : IEntityTypeConfiguration<ProgrammeEnrolment>
{
    public void Configure(EntityTypeBuilder<ProgrammeEnrolment> builder)
    {
        builder.HasOne<Programme>().WithMany().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mentor>().WithMany().HasForeignKey(e => e.MentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(e => e.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ProgrammeId, e.MentorId }).IsUnique();
        builder.HasIndex(e => e.MentorId);
        builder.Property(e => e.NominatedBySubject).HasMaxLength(200);
        builder.Property(e => e.WithdrawalReason).HasMaxLength(ProgrammeRules.MaxReasonLength);
    }
}
