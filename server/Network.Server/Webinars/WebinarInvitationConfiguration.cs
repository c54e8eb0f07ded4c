using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.Employers;
using Network.Server.Mentors;

namespace Network.Server.Webinars;

internal sealed class WebinarInvitationConfiguration : IEntityTypeConfiguration<WebinarInvitation>
{
    public void Configure(EntityTypeBuilder<WebinarInvitation> builder)
    {
        builder.HasOne<Webinar>().WithMany().HasForeignKey(i => i.WebinarId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mentor>().WithMany().HasForeignKey(i => i.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Employer>().WithMany().HasForeignKey(i => i.EmployerId).OnDelete(DeleteBehavior.Cascade);

        // One invitation per webinar and invitee: inviting again finds it.
        builder.HasIndex(i => new { i.WebinarId, i.MentorId }).IsUnique().HasFilter("mentor_id IS NOT NULL");
        builder.HasIndex(i => new { i.WebinarId, i.EmployerId }).IsUnique().HasFilter("employer_id IS NOT NULL");
        builder.HasIndex(i => i.MentorId);
        builder.HasIndex(i => i.EmployerId);
        builder.Property(i => i.InvitedBySubject).HasMaxLength(200);
        builder.ToTable(t => t.HasCheckConstraint("ck_webinar_invitations_invitee", "num_nonnulls(mentor_id, employer_id) = 1"));
    }
}
