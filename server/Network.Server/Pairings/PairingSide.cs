namespace Network.Server.Pairings;

/// <summary>
/// One of the two sides of a pairing. Side A is the mentor with the lower ID, side B the other: the
/// order is canonical, so that two mentors are one pair whichever of them was named first.
/// </summary>
public enum PairingSide
{
    A,
    B,
}
