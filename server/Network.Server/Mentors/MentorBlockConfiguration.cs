using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.Server.Mentors;

internal sealed class MentorBlockConfiguration : IEntityTypeConfiguration<MentorBlock>
{
    public void Configure(EntityTypeBuilder<MentorBlock> builder)
    {
        // The key is the pair, so a mentor blocks another at most once.
        builder.HasKey(b => new { b.MentorId, b.BlockedMentorId });
        builder.HasOne<Mentor>().WithMany().HasForeignKey(b => b.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mentor>().WithMany().HasForeignKey(b => b.BlockedMentorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.BlockedMentorId);
        builder.ToTable(t => t.HasCheckConstraint("ck_mentor_blocks_not_self", "mentor_id <> blocked_mentor_id"));
    }
}
