using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.Mentors;

namespace Network.Server.Sessions;

internal sealed class SessionNoteConfiguration : IEntityTypeConfiguration<SessionNote>
{
    public void Configure(EntityTypeBuilder<SessionNote> builder)
    {
        builder.HasKey(n => new { n.SessionId, n.AuthorMentorId });
        builder.HasOne<PairingSession>().WithMany().HasForeignKey(n => n.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mentor>().WithMany().HasForeignKey(n => n.AuthorMentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => n.AuthorMentorId);
        builder.Property(n => n.Text).HasMaxLength(SessionRules.MaxNoteLength);
    }
}
