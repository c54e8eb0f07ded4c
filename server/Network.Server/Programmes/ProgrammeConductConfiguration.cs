using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.Server.Programmes;

internal sealed class ProgrammeConductConfiguration : IEntityTypeConfiguration<ProgrammeConduct>
{
    public void Configure(EntityTypeBuilder<ProgrammeConduct> builder)
    {
        builder.HasKey(c => new { c.ProgrammeId, c.Version });
        builder.HasOne<Programme>().WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Text).HasMaxLength(ProgrammeRules.MaxConductLength);
        builder.Property(c => c.PublishedBySubject).HasMaxLength(200);
    }
}
