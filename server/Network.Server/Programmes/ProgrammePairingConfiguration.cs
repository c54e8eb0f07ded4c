using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.Server.Programmes;

internal sealed class ProgrammePairingConfiguration : IEntityTypeConfiguration<ProgrammePairing>
{
    public void Configure(EntityTypeBuilder<ProgrammePairing> builder)
    {
        builder.HasKey(p => p.PairingId);
        builder.HasOne(p => p.Pairing).WithOne().HasForeignKey<ProgrammePairing>(p => p.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Programme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.ProgrammeId);
    }
}
