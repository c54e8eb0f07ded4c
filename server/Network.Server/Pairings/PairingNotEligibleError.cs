using Network.Server.GraphQL.Mutations;

namespace Network.Server.Pairings;

/// <summary>The pair cannot work: neither can teach the other a wanted skill, or they share no availability.</summary>
public sealed record PairingNotEligibleError(string Message, string Reason) : UserError(Message);
