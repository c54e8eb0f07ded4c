using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.Employers;
using Network.Server.Programmes;
using Network.Server.SkillsGaps;

namespace Network.Server.Outcomes;

internal sealed class GapOutcomeConfiguration : IEntityTypeConfiguration<GapOutcome>
{
    public void Configure(EntityTypeBuilder<GapOutcome> builder)
    {
        builder.HasKey(g => new { g.ProgrammeId, g.SkillsGapId, g.Checkpoint });
        builder.HasOne<Programme>().WithMany().HasForeignKey(g => g.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SkillsGap>().WithMany().HasForeignKey(g => g.SkillsGapId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Employer>().WithMany().HasForeignKey(g => g.EmployerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(g => g.RecordedBySubject).HasMaxLength(200);
    }
}
