using Network.Server.GraphQL.Mutations;

namespace Network.Server.Webinars;

/// <summary>The webinar's audience or sectors leave the registrant out; see <see cref="WebinarEligibility"/>.</summary>
public sealed record NotEligibleForWebinarError(string Message, string WebinarId, WebinarIneligibility Reason) : UserError(Message);
