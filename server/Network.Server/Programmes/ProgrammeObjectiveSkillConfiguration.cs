using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.Skills;

namespace Network.Server.Programmes;

internal sealed class ProgrammeObjectiveSkillConfiguration : IEntityTypeConfiguration<ProgrammeObjectiveSkill>
{
    public void Configure(EntityTypeBuilder<ProgrammeObjectiveSkill> builder)
    {
        builder.HasKey(s => new { s.ObjectiveId, s.SkillId });
        builder.HasOne<Skill>().WithMany().HasForeignKey(s => s.SkillId).OnDelete(DeleteBehavior.Restrict);
    }
}
