using Network.Server.GraphQL.Mutations;

namespace Network.Server.Agreements;

/// <summary>
/// The version confirmed is not the pairing's latest: a newer one was proposed since, or none exists.
/// <see cref="LatestVersion"/> is the latest, null when the pairing has no agreement yet.
/// </summary>
public sealed record AgreementVersionMismatchError(string Message, string PairingId, int Version, int? LatestVersion) : UserError(Message);
