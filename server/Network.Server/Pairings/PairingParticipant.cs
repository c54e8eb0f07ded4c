namespace Network.Server.Pairings;

/// <summary>One side of a pairing, as the API shows it.</summary>
public sealed record PairingParticipant(Pairing Pairing, PairingSide Side)
{
    public int MentorId => Pairing.MentorId(Side);

    public int EmployerId => Pairing.EmployerId(Side);
}
