using Network.Server.GraphQL.Mutations;

namespace Network.Server.SkillsGaps;

public sealed record SkillsGapPayload(SkillsGap? SkillsGap, IReadOnlyList<UserError>? Errors)
{
    public static SkillsGapPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
