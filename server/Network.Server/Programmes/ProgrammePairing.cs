using System.ComponentModel.DataAnnotations.Schema;
using Network.Server.Pairings;

namespace Network.Server.Programmes;

/// <summary>A pairing made within a programme. A pairing belongs to at most one programme.</summary>
[Table("programme_pairings")]
public sealed class ProgrammePairing
{
    public int PairingId { get; set; }

    public Pairing? Pairing { get; set; }

    public int ProgrammeId { get; set; }
}
