using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Programmes;

/// <summary>An employer that has joined a programme, so that its mentors may enrol.</summary>
[Table("programme_employers")]
public sealed class ProgrammeEmployer
{
    public int ProgrammeId { get; set; }

    public int EmployerId { get; set; }

    public DateTimeOffset JoinedAt { get; set; }

    public required string JoinedBySubject { get; set; }
}
