using Network.Server.GraphQL.Errors;

namespace Network.Server.Pairings;

public sealed class PairingNotEligibleErrorGraphType : ErrorGraphType<PairingNotEligibleError>;
