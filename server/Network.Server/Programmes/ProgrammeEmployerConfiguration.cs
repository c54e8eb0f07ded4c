using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.Employers;

namespace Network.Server.Programmes;

internal sealed class ProgrammeEmployerConfiguration : IEntityTypeConfiguration<ProgrammeEmployer>
{
    public void Configure(EntityTypeBuilder<ProgrammeEmployer> builder)
    {
        builder.HasKey(e => new { e.ProgrammeId, e.EmployerId });
        builder.HasOne<Programme>().WithMany().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Employer>().WithMany().HasForeignKey(e => e.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.EmployerId);
        builder.Property(e => e.JoinedBySubject).HasMaxLength(200);
    }
}
