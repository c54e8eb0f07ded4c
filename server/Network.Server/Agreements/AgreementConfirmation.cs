using Network.Server.Pairings;

namespace Network.Server.Agreements;

/// <summary>One side's confirmation of an agreement's version, as the API shows it.</summary>
public sealed record AgreementConfirmation(PairingAgreement Agreement, PairingSide Side)
{
    public DateTimeOffset? ConfirmedAt => Agreement.ConfirmedAt(Side);

    public DateTimeOffset? ConfidentialityAcknowledgedAt => Agreement.ConfidentialityAcknowledgedAt(Side);
}
