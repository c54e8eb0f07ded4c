using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.Server.Employers;

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.Property(e => e.Location).HasColumnType("geography (point, 4326)");
        // The location's GiST index is on (location, (id::double precision)), with btree_gist, so that
        // nearest-first pages walk it in the order of distance and then key; EF Core cannot describe an
        // index on an expression, so the NearestFirstIndexes migration creates it.
        builder.HasIndex(e => e.Name);
        builder.HasIndex(e => e.LocalAuthorityCode);
        builder.Property(e => e.Postcode).HasMaxLength(10);
        builder.Property(e => e.LocalAuthorityCode).HasMaxLength(9);
        builder.Property(e => e.Website).HasMaxLength(300);
    }
}
