using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.Server.Training;

internal sealed class TrainingModuleConfiguration : IEntityTypeConfiguration<TrainingModule>
{
    public void Configure(EntityTypeBuilder<TrainingModule> builder)
    {
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Slug).HasMaxLength(64);
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Summary).HasMaxLength(1000);
        builder.Property(t => t.Url).HasMaxLength(300);
        builder.HasData(TrainingCatalogue.All);
    }
}
