using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Server.Pairings;
using Network.Server.Programmes;

namespace Network.Server.CheckIns;

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.HasOne<Pairing>().WithMany().HasForeignKey(c => c.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Programme>().WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.PairingId, c.RecordedAt });
        builder.Property(c => c.Note).HasMaxLength(CheckInRules.MaxNoteLength);
        builder.Property(c => c.CoordinatorSubject).HasMaxLength(200);
    }
}
