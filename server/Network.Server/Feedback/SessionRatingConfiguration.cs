using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Sessions;

namespace Network.Server.Feedback;

internal sealed class SessionRatingConfiguration : IEntityTypeConfiguration<SessionRating>
{
    public void Configure(EntityTypeBuilder<SessionRating> builder)
    {
        builder.HasKey(r => new { r.SessionId, r.AuthorMentorId });
        builder.HasOne<PairingSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Pairing>().WithMany().HasForeignKey(r => r.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mentor>().WithMany().HasForeignKey(r => r.AuthorMentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.AuthorMentorId);
        builder.HasIndex(r => r.PairingId);
        builder.Property(r => r.WhatHelped).HasMaxLength(FeedbackRules.MaxWhatHelpedLength);
        builder.ToTable(t => t.HasCheckConstraint("ck_session_ratings_rating", $"rating BETWEEN {FeedbackRules.MinRating} AND {FeedbackRules.MaxRating}"));
    }
}
