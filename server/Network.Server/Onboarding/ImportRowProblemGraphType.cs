using GraphQL.Types;

namespace Network.Server.Onboarding;

public sealed class ImportRowProblemGraphType : ObjectGraphType<ImportRowProblem>
{
    public ImportRowProblemGraphType()
    {
        Name = "ImportRowProblem";
        Description = "What is wrong with a row of an import file.";
        Field(p => p.Row).Description("The row in the file, counted as a spreadsheet counts them: the header is row 1.");
        Field(p => p.Column, nullable: true).Description("The column at fault, as the header names it; null when the row as a whole is.");
        Field(p => p.Message);
    }
}
