using Network.Server.GraphQL.Mutations;
using Network.Server.Pairings;

namespace Network.Server.Feedback;

/// <summary>The pairing is not in a status that takes this feedback.</summary>
public sealed record FeedbackNotOpenError(string Message, string PairingId, PairingStatus Status) : UserError(Message);
