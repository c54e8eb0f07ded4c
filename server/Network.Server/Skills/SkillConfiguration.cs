using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.Server.Skills;

internal sealed class SkillConfiguration : IEntityTypeConfiguration<Skill>
{
    public void Configure(EntityTypeBuilder<Skill> builder)
    {
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.HasIndex(s => s.Name).IsUnique();
        builder.Property(s => s.Slug).HasMaxLength(64);
        builder.Property(s => s.EscoUri).HasMaxLength(300);
        builder.HasData(SkillCatalogue.All);
    }
}
