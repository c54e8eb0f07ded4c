using GraphQL.Types;

namespace Network.Server.Mentors;

public sealed class MentorSkillInputGraphType : AutoRegisteringInputObjectGraphType<MentorSkillInput>
{
    public MentorSkillInputGraphType() => Name = "MentorSkillInput";
}
