using Network.Server.GraphQL.Mutations;

namespace Network.Server.Webinars;

/// <summary>A webinar invites only the audience it is for: employers with gaps, mentors wanting its topics, or both.</summary>
public sealed record InvitationOutsideAudienceError(string Message, string Field, WebinarAudience Audience) : UserError(Message), IFieldError;
