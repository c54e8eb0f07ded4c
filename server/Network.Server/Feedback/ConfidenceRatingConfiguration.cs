using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Skills;

namespace Network.Server.Feedback;

internal sealed class ConfidenceRatingConfiguration : IEntityTypeConfiguration<ConfidenceRating>
{
    public void Configure(EntityTypeBuilder<ConfidenceRating> builder)
    {
        builder.HasKey(r => new { r.PairingId, r.MentorId, r.Stage, r.SkillId });
        builder.HasOne<Pairing>().WithMany().HasForeignKey(r => r.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mentor>().WithMany().HasForeignKey(r => r.MentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Skill>().WithMany().HasForeignKey(r => r.SkillId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.MentorId);
        builder.ToTable(t => t.HasCheckConstraint("ck_confidence_ratings_confidence", $"confidence BETWEEN {FeedbackRules.MinConfidence} AND {FeedbackRules.MaxConfidence}"));
    }
}
