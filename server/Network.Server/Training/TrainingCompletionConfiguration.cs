using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.Mentors;

namespace Network.Server.Training;

internal sealed class TrainingCompletionConfiguration : IEntityTypeConfiguration<TrainingCompletion>
{
    public void Configure(EntityTypeBuilder<TrainingCompletion> builder)
    {
        builder.HasKey(c => new { c.MentorId, c.TrainingModuleId });
        builder.HasOne<Mentor>().WithMany().HasForeignKey(c => c.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TrainingModule>().WithMany().HasForeignKey(c => c.TrainingModuleId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.RecordedBySubject).HasMaxLength(200);
    }
}
