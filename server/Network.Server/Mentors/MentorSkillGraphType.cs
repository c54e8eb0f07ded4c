using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.Skills;

namespace Network.Server.Mentors;

/// <summary>A skill on a mentor's profile with its level; <c>OfferedSkill</c> and <c>WantedSkill</c> share this shape.</summary>
public abstract class MentorSkillGraphType<TSkill> : ObjectGraphType<TSkill>
    where TSkill : MentorSkill
{
    protected MentorSkillGraphType(string name, string levelDescription)
    {
        Name = name;
        Field<NonNullGraphType<SkillGraphType>>("skill")
            .Resolve(c => (object?)c.Source.Skill ?? c.Service<SkillByIdDataLoader>().LoadAsync(c.Source.SkillId));
        Field(s => s.Level).Description(levelDescription);
    }
}
