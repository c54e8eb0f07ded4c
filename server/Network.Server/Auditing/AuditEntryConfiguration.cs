using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.Server.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasIndex(a => new { a.SubjectType, a.SubjectId, a.OccurredAt });
        builder.Property(a => a.Action).HasMaxLength(60);
        builder.Property(a => a.SubjectType).HasMaxLength(60);
    }
}
