using Network.Server.GraphQL.Mutations;

namespace Network.Server.Programmes;

/// <summary>A mentor enrols only with their consent.</summary>
public sealed record ConsentRequiredError(string Message) : UserError(Message);
