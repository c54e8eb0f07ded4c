using GraphQL.Types;
using Network.Server.GraphQL.Relay;

namespace Network.Server.Skills;

public sealed class SkillGraphType : ObjectGraphType<Skill>
{
    public SkillGraphType()
    {
        Name = "Skill";
        Description = "A skill of the network's curated taxonomy.";
        this.ImplementNode(s => s.Id);
        Field(s => s.Slug).Description("A stable, readable key, such as `cybersecurity`.");
        Field(s => s.Name);
        Field(s => s.Category);
        Field(s => s.Sectors).Description("The sectors in which the skill is most in demand.");
        Field(s => s.EscoUri, nullable: true).Description("The matching skill in the European ESCO classification, where there is one.");
    }
}
