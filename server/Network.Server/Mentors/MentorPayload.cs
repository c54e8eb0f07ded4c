using Network.Server.GraphQL.Mutations;

namespace Network.Server.Mentors;

public sealed record MentorPayload(Mentor? Mentor, IReadOnlyList<UserError>? Errors)
{
    public static MentorPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
