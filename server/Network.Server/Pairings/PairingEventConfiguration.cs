using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.Server.Pairings;

internal sealed class PairingEventConfiguration : IEntityTypeConfiguration<PairingEvent>
{
    public void Configure(EntityTypeBuilder<PairingEvent> builder)
    {
        builder.HasIndex(e => new { e.PairingId, e.Id });
        builder.HasIndex(e => e.OccurredAt);
        builder.Property(e => e.Note).HasMaxLength(PairingRules.MaxReasonLength);
    }
}
