using Network.Server.Hosting;

namespace Network.Server.Onboarding;

/// <summary>Bulk onboarding: an employer's mentors and skills gaps imported from CSV, through GraphQL or the <c>import</c> command.</summary>
public sealed class OnboardingModule : IFeatureModule
{
    public void Register(FeatureBuilder feature)
    {
        feature.Services.AddOptions<ImportOptions>()
            .Bind(feature.Configuration.GetSection(ImportOptions.Section))
            .Validate(import => import is { MaxFileBytes: > 0, MaxRows: > 0 }, $"Every {ImportOptions.Section} limit must be positive.")
            .ValidateOnStart();
        feature
            .Types(typeof(ImportReportGraphType))
            .TypeMapping<ImportRowProblem, ImportRowProblemGraphType>()
            .Mutation(ImportMutations.AddImportMutations)
            .Command("import", ImportCommand.RunAsync);
    }
}
