using Network.Server.Pairings;

namespace Network.Server.Agreements;

/// <summary>The limits of an agreement, shared by validation and the database's constraints.</summary>
public static class AgreementRules
{
    public const int MinGoals = 1;
    public const int MaxGoals = 10;
    public const int MaxStatementLength = 200;
    public const int MinEveryWeeks = 1;
    public const int MaxEveryWeeks = 12;

    /// <summary>The mentors of an ACCEPTED or ACTIVE pairing make and confirm its agreement.</summary>
    public static readonly PairingStatus[] AgreeingStatuses = [PairingStatus.Accepted, PairingStatus.Active];
}
