using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.Server.Programmes;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(ProgrammeRules.MaxNameLength);
        builder.Property(p => p.Description).HasMaxLength(ProgrammeRules.MaxDescriptionLength);
        builder.Property(p => p.CancellationReason).HasMaxLength(ProgrammeRules.MaxReasonLength);
        builder.Property(p => p.Location).HasColumnType("geography (point, 4326)");
        builder.HasIndex(p => p.Location).HasMethod("gist");
        builder.HasIndex(p => p.Status);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_programmes_dates", "starts_on < ends_on AND enrolment_closes_on <= ends_on");
            t.HasCheckConstraint("ck_programmes_max_pairs", $"max_pairs BETWEEN 1 AND {ProgrammeRules.MaxPairs}");
            t.HasCheckConstraint("ck_programmes_area", "(radius_km IS NULL) <> (cardinality(local_authority_codes) = 0)");
        });
    }
}
