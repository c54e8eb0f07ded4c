namespace Network.Server.Pairings;

internal static class PairingRules
{
    /// <summary>The longest decline reason, end note or note on a pause or resumption, in characters.</summary>
    public const int MaxReasonLength = 500;
}
