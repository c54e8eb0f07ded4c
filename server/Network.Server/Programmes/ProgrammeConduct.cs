using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Programmes;

/// <summary>A version of a programme's code of conduct. Versions are numbered from 1 and never change once published.</summary>
[Table("programme_conduct_versions")]
public sealed class ProgrammeConduct
{
    public int ProgrammeId { get; set; }

    public int Version { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public required string PublishedBySubject { get; set; }
}
