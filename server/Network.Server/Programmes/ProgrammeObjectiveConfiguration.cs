using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.Server.Programmes;

internal sealed class ProgrammeObjectiveConfiguration : IEntityTypeConfiguration<ProgrammeObjective>
{
    public void Configure(EntityTypeBuilder<ProgrammeObjective> builder)
    {
        builder.HasOne<Programme>().WithMany().HasForeignKey(o => o.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(o => o.Statement).HasMaxLength(ProgrammeRules.MaxStatementLength);
        builder.HasMany(o => o.Skills).WithOne().HasForeignKey(s => s.ObjectiveId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Gaps).WithOne().HasForeignKey(g => g.ObjectiveId).OnDelete(DeleteBehavior.Cascade);
    }
}
