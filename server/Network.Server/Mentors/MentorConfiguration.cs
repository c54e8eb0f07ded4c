using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.Server.Mentors;

internal sealed class MentorConfiguration : IEntityTypeConfiguration<Mentor>
{
    public void Configure(EntityTypeBuilder<Mentor> builder)
    {
        builder.HasOne(m => m.Employer).WithMany().HasForeignKey(m => m.EmployerId);
        builder.Property(m => m.Location).HasColumnType("geography (point, 4326)");
        // The location's GiST index is on (location, (id::double precision)), with btree_gist, so that
        // nearest-first pages walk it in the order of distance and then key; EF Core cannot describe an
        // index on an expression, so the NearestFirstIndexes migration creates it.
        builder.HasIndex(m => m.Status);
        builder.Property(m => m.Postcode).HasMaxLength(10);
        builder.Property(m => m.LocalAuthorityCode).HasMaxLength(9);
        builder.Property(m => m.Email).HasMaxLength(254);
        builder.Property(m => m.ExternalReference).HasMaxLength(Mentor.MaxExternalReferenceLength);
        builder.HasIndex(m => new { m.EmployerId, m.ExternalReference }).IsUnique();
        builder.HasMany(m => m.Offers).WithOne().HasForeignKey(s => s.MentorId);
        builder.HasMany(m => m.Wants).WithOne().HasForeignKey(s => s.MentorId);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_mentors_capacity", "capacity BETWEEN 1 AND 10");
            t.HasCheckConstraint("ck_mentors_max_travel_km", "max_travel_km BETWEEN 0 AND 200");
        });
    }
}
