using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.Server.SkillsGaps;

internal sealed class SkillsGapConfiguration : IEntityTypeConfiguration<SkillsGap>
{
    public void Configure(EntityTypeBuilder<SkillsGap> builder)
    {
        builder.HasOne(g => g.Employer).WithMany().HasForeignKey(g => g.EmployerId);
        builder.HasOne(g => g.Skill).WithMany().HasForeignKey(g => g.SkillId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(g => g.Description).HasMaxLength(SkillsGapValidator.MaxDescriptionLength);
        builder.Property(g => g.ExternalReference).HasMaxLength(SkillsGap.MaxExternalReferenceLength);
        builder.HasIndex(g => new { g.EmployerId, g.ExternalReference }).IsUnique();
        builder.HasIndex(g => new { g.Status, g.Severity });
        builder.HasIndex(g => g.SkillId);
        builder.ToTable(t => t.HasCheckConstraint("ck_skills_gaps_vacancies", "hard_to_fill_vacancies BETWEEN 0 AND 1000"));
    }
}
