using GraphQL.Types;
using Microsoft.Extensions.Options;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Scalars;
using Network.Server.Identity;

namespace Network.Server.Onboarding;

internal static class ImportMutations
{
    private static readonly MutationResult<ImportPayload> Result =
        new("import", () => new GraphQLTypeReference("ImportReport"), p => p.Import, p => p.Errors, ImportPayload.Failed);

    public static void AddImportMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<ImportMentorsInput, ImportPayload>(
            "importMentors",
            "Imports an employer's mentors from a CSV file (an Upload, sent as a multipart request), matching rows to mentors on the employer's external reference: new references are volunteered, changed rows update their mentor, and rows already as the mentor is are left alone. Each row is checked as volunteerMentor checks its input; a file with any problem writes nothing (ImportRejectedError lists them), and with dryRun nothing is written and the report lists every problem.",
            ImportAccess.Importers,
            Result,
            ImportMentorsAsync);

        mutation.Mutation<ImportSkillsGapsInput, ImportPayload>(
            "importSkillsGaps",
            "Imports an employer's skills gaps from a CSV file (an Upload, sent as a multipart request), matching rows to gaps on the employer's external reference: new references are published, changed rows update their open gap, and rows already as the gap is are left alone. Each row is checked as publishSkillsGap checks its input; a file with any problem writes nothing (ImportRejectedError lists them), and with dryRun nothing is written and the report lists every problem.",
            ImportAccess.Importers,
            Result,
            ImportSkillsGapsAsync);
    }

    [ImportErrors]
    private static Task<ImportPayload> ImportMentorsAsync(MutationContext<ImportMentorsInput> m) =>
        ImportAsync(m, m.Input.EmployerId, m.Input.File, m.Input.DryRun, MentorImport.Instance);

    [ImportErrors]
    private static Task<ImportPayload> ImportSkillsGapsAsync(MutationContext<ImportSkillsGapsInput> m) =>
        ImportAsync(m, m.Input.EmployerId, m.Input.File, m.Input.DryRun, SkillsGapImport.Instance);

    private static async Task<ImportPayload> ImportAsync<TRow, TEntity>(
        MutationContext m, string employerId, UploadedFile file, bool? dryRun, IImportKind<TRow, TEntity> kind)
        where TEntity : class
    {
        var key = m.Validator.Id("employerId", employerId, "Employer");
        if (!m.Validator.IsValid)
        {
            return ImportPayload.Failed(m.Validator.Errors);
        }

        if (!ImportAccess.MayImport(m.Caller(), key))
        {
            return ImportPayload.Failed([m.NotOwner()]);
        }

        var options = m.Context.RequestServices!.GetRequiredService<IOptions<ImportOptions>>().Value;
        var importer = new Importer<TRow, TEntity>(kind, m.Db, options, m.Clock, progress: null);
        var outcome = await importer.RunAsync(
            new ImportRequest(key, employerId, file.OpenReadStream(), file.Length, dryRun ?? false, m.Caller()), m.CancellationToken);
        return outcome switch
        {
            { Refusal: { } refusal } => ImportPayload.Failed([refusal]),
            { Report: { DryRun: false, HasProblems: true } report } => ImportPayload.Failed([Rejection(report)]),
            _ => new ImportPayload(outcome.Report, null),
        };
    }

    private static ImportRejectedError Rejection(ImportReport report) => new(
        report.Rejected > 0
            ? $"{report.Rejected:N0} of {report.Rows:N0} rows have problems; nothing was imported."
            : "The file's header has problems; nothing was imported.",
        report.Rejected,
        report.Problems);
}
