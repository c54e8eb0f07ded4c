using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.SkillsGaps;

namespace Network.Server.Programmes;

internal sealed class ProgrammeObjectiveGapConfiguration : IEntityTypeConfiguration<ProgrammeObjectiveGap>
{
    public void Configure(EntityTypeBuilder<ProgrammeObjectiveGap> builder)
    {
        builder.HasKey(g => new { g.ObjectiveId, g.SkillsGapId });
        builder.HasOne<SkillsGap>().WithMany().HasForeignKey(g => g.SkillsGapId).OnDelete(DeleteBehavior.Restrict);
    }
}
