using Network.Server.GraphQL.Mutations;

namespace Network.Server.Webinars;

/// <summary>A webinar is completed once it has ended, at <see cref="EndsAt"/>.</summary>
public sealed record WebinarNotOverError(string Message, string WebinarId, DateTimeOffset EndsAt) : UserError(Message);
