using Network.Server.GraphQL.Mutations;

namespace Network.Server.Sessions;

/// <summary>An agenda topic is not a skill the pairing teaches, or an absent mentor is not one of the pairing's two.</summary>
public sealed record NotInPairingError(string Message, string Field, string Id) : UserError(Message), IFieldError;
