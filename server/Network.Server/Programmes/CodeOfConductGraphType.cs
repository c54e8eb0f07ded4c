using GraphQL.Types;

namespace Network.Server.Programmes;

public sealed class CodeOfConductGraphType : ObjectGraphType<ProgrammeConduct>
{
    public CodeOfConductGraphType()
    {
        Name = "CodeOfConduct";
        Description = "A version of a programme's code of conduct, which every mentor accepts before being paired, and again when a new version is published.";
        Field(c => c.Version).Description("Numbered from 1; a new version needs accepting again.");
        Field(c => c.Text);
        Field(c => c.PublishedAt);
    }
}
