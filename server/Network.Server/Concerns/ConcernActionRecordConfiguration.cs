using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.Server.Concerns;

internal sealed class ConcernActionRecordConfiguration : IEntityTypeConfiguration<ConcernActionRecord>
{
    public void Configure(EntityTypeBuilder<ConcernActionRecord> builder)
    {
        builder.Property(a => a.Note).HasMaxLength(ConcernRules.MaxNoteLength);
        builder.Property(a => a.ActorSubject).HasMaxLength(200);
    }
}
