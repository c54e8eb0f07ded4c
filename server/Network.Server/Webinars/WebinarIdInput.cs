using GraphQL;

namespace Network.Server.Webinars;

/// <summary>A webinar to publish or complete.</summary>
public sealed record WebinarIdInput([property: Id] string WebinarId);
