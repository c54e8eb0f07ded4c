using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.Employers;
using Network.Server.Mentors;

namespace Network.Server.Webinars;

internal sealed class WebinarRegistrationConfiguration : IEntityTypeConfiguration<WebinarRegistration>
{
    public void Configure(EntityTypeBuilder<WebinarRegistration> builder)
    {
        // One live registration per webinar and registrant; cancelled ones stay as history.
        const string Live = "status <> 2";
        builder.HasOne<Webinar>().WithMany().HasForeignKey(r => r.WebinarId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mentor>().WithMany().HasForeignKey(r => r.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Employer>().WithMany().HasForeignKey(r => r.EmployerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.WebinarId, r.MentorId }).IsUnique().HasFilter(Live);
        builder.HasIndex(r => new { r.WebinarId, r.EmployerId }).IsUnique().HasFilter(Live);
        builder.HasIndex(r => new { r.WebinarId, r.Status, r.RegisteredAt });
        builder.HasIndex(r => r.MentorId);
        builder.HasIndex(r => r.EmployerId);
        builder.Property(r => r.RegisteredBySubject).HasMaxLength(200);
        builder.Ignore(r => r.IsLive);
        builder.ToTable(t => t.HasCheckConstraint("ck_webinar_registrations_registrant", "num_nonnulls(mentor_id, employer_id) = 1"));
    }
}
