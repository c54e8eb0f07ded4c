using GraphQL.Types;

namespace Network.Server.Onboarding;

public sealed class ImportReportGraphType : ObjectGraphType<ImportReport>
{
    public ImportReportGraphType()
    {
        Name = "ImportReport";
        Description = "What an import did or, in a dry run, would do. Rows are matched on the employer's external reference.";
        Field(r => r.DryRun).Description("True when nothing was written: the counts say what the import would do.");
        Field(r => r.Rows).Description("Rows read, the header not counted.");
        Field(r => r.Created).Description("Rows whose external reference was new.");
        Field(r => r.Updated).Description("Rows that changed the mentor or gap with their reference.");
        Field(r => r.Unchanged).Description("Rows already as the mentor or gap with their reference is.");
        Field(r => r.Rejected).Description("Rows with problems; a file with any writes nothing.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRowProblemGraphType>>>>("problems")
            .Description("Every problem in the file, by row; empty when it can be imported.")
            .Resolve(c => c.Source.Problems);
    }
}
