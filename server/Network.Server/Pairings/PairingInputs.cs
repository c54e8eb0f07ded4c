using GraphQL;
using Network.Server.Mentors;

namespace Network.Server.Pairings;

/// <summary>A proposed pairing of two mentors; the format defaults to the best both can meet in.</summary>
public sealed record ProposePairingInput([property: Id] string MentorId, [property: Id] string PartnerId, MentoringFormat? Format);

public sealed record AcceptPairingInput([property: Id] string PairingId);

public sealed record DeclinePairingInput([property: Id] string PairingId, string? Reason);

public sealed record ActivatePairingInput([property: Id] string PairingId);

public sealed record CompletePairingInput([property: Id] string PairingId);

public sealed record EndPairingInput([property: Id] string PairingId, PairingEndReason Reason, string? Note);

public sealed record PausePairingInput([property: Id] string PairingId, string? Note);

public sealed record ResumePairingInput([property: Id] string PairingId, string? Note);
