using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.Server.Mentors;

internal sealed class WantedSkillConfiguration : IEntityTypeConfiguration<WantedSkill>
{
    public void Configure(EntityTypeBuilder<WantedSkill> builder)
    {
        builder.ToTable("mentor_wanted_skills");
        builder.HasKey(s => new { s.MentorId, s.SkillId });
        builder.HasOne(s => s.Skill).WithMany().HasForeignKey(s => s.SkillId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.SkillId);
    }
}
