using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.Server.Webinars;

internal sealed class WebinarConfiguration : IEntityTypeConfiguration<Webinar>
{
    public void Configure(EntityTypeBuilder<Webinar> builder)
    {
        builder.Property(w => w.Title).HasMaxLength(WebinarRules.MaxTitleLength);
        builder.Property(w => w.Description).HasMaxLength(WebinarRules.MaxDescriptionLength);
        builder.Property(w => w.CancellationReason).HasMaxLength(WebinarRules.MaxReasonLength);
        builder.Property(w => w.TimeZone).HasMaxLength(64);
        builder.Property(w => w.JoinLink).HasMaxLength(300);
        builder.Property(w => w.VenuePostcode).HasMaxLength(10);
        builder.Property(w => w.OrganiserSubject).HasMaxLength(200);
        builder.Property(w => w.Location).HasColumnType("geography (point, 4326)");
        builder.HasIndex(w => w.Location).HasMethod("gist");
        builder.HasIndex(w => new { w.Status, w.StartsAt });
        builder.HasIndex(w => w.OrganiserSubject);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_webinars_duration", $"duration_minutes BETWEEN {WebinarRules.MinMinutes} AND {WebinarRules.MaxMinutes} AND ends_at > starts_at");
            t.HasCheckConstraint("ck_webinars_capacity", $"capacity BETWEEN 1 AND {WebinarRules.MaxCapacity}");
            t.HasCheckConstraint("ck_webinars_topics", $"cardinality(topic_skill_ids) BETWEEN 1 AND {WebinarRules.MaxTopicSkills}");
            t.HasCheckConstraint("ck_webinars_place", "(format = 0 AND join_link IS NOT NULL AND location IS NULL) OR (format = 1 AND venue_postcode IS NOT NULL AND location IS NOT NULL)");
        });
    }
}
