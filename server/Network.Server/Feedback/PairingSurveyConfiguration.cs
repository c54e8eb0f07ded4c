using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.Mentors;
using Network.Server.Pairings;

namespace Network.Server.Feedback;

internal sealed class PairingSurveyConfiguration : IEntityTypeConfiguration<PairingSurvey>
{
    public void Configure(EntityTypeBuilder<PairingSurvey> builder)
    {
        builder.HasKey(s => new { s.PairingId, s.AuthorMentorId });
        builder.HasOne<Pairing>().WithMany().HasForeignKey(s => s.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mentor>().WithMany().HasForeignKey(s => s.AuthorMentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.AuthorMentorId);
        builder.Property(s => s.Comment).HasMaxLength(FeedbackRules.MaxCommentLength);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_pairing_surveys_satisfaction", $"satisfaction BETWEEN {FeedbackRules.MinSatisfaction} AND {FeedbackRules.MaxSatisfaction}");
            t.HasCheckConstraint("ck_pairing_surveys_recommend", $"likelihood_to_recommend BETWEEN {FeedbackRules.MinRecommend} AND {FeedbackRules.MaxRecommend}");
        });
    }
}
