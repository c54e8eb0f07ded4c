using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Skills;

namespace Network.Server.Agreements;

internal sealed class AgreementGoalConfiguration : IEntityTypeConfiguration<AgreementGoal>
{
    public void Configure(EntityTypeBuilder<AgreementGoal> builder)
    {
        builder.HasOne<Pairing>().WithMany().HasForeignKey(g => g.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Skill>().WithMany().HasForeignKey(g => g.SkillId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Mentor>().WithMany().HasForeignKey(g => g.OwnerMentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.AgreementId, g.Position }).IsUnique();
        builder.HasIndex(g => g.OwnerMentorId);
        builder.Property(g => g.Statement).HasMaxLength(AgreementRules.MaxStatementLength);
    }
}
