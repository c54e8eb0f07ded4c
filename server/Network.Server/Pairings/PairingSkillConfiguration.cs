using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.Skills;

namespace Network.Server.Pairings;

internal sealed class PairingSkillConfiguration : IEntityTypeConfiguration<PairingSkill>
{
    public void Configure(EntityTypeBuilder<PairingSkill> builder)
    {
        builder.HasKey(s => new { s.PairingId, s.Teacher, s.SkillId });
        builder.HasOne<Skill>().WithMany().HasForeignKey(s => s.SkillId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.SkillId);
    }
}
