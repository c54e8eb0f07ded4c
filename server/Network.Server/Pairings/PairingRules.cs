namespace Network.Server.Pairings;

internal static class PairingRules
{
    /// <summary>The longest decline reason or end note, in characters.</summary>
    public const int MaxReasonLength = 500;
}
