using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.Server.Employers;

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.Property(e => e.Location).HasColumnType("geography (point, 4326)");
        builder.HasIndex(e => e.Location).HasMethod("gist");
        builder.HasIndex(e => e.Name);
        builder.HasIndex(e => e.LocalAuthorityCode);
        builder.Property(e => e.Postcode).HasMaxLength(10);
        builder.Property(e => e.LocalAuthorityCode).HasMaxLength(9);
        builder.Property(e => e.Website).HasMaxLength(300);
    }
}
