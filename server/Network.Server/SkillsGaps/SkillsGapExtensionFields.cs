using GraphQL.Types;
using Network.Server.Employers;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.GraphQL.Filtering;
using Network.Server.Identity;

namespace Network.Server.SkillsGaps;

/// <summary>What the skills-gaps feature adds to employers: their gaps, and filtering employers by them.</summary>
internal static class SkillsGapExtensionFields
{
    /// <summary>Adds <c>Employer.skillsGaps</c>.</summary>
    public static void AddSkillsGapsField(this EmployerGraphType employer) =>
        employer.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillsGapGraphType>>>>("skillsGaps")
            .Description("The employer's skills gaps, most recent first; open ones only for anonymous callers.")
            .Resolve(c =>
            {
                var caller = c.Caller();
                var gaps = c.Selects("skill")
                    ? c.Service<SkillsGapsWithSkillByEmployerIdDataLoader>().LoadAsync(c.Source.Id)
                    : c.Service<SkillsGapsByEmployerIdDataLoader>().LoadAsync(c.Source.Id);
                return caller.IsAuthenticated ? gaps : gaps.Then(all => all.Where(g => SkillsGapAccess.IsVisible(caller, g)).ToList());
            });

    /// <summary>Adds <c>EmployerFilterInput.skillsGaps</c>: employers by their gaps.</summary>
    public static void AddSkillsGapsFilter(this FilterDefinition<Employer> employer) =>
        employer.Referencing("skillsGaps", e => e.Id, (SkillsGap g) => g.EmployerId, () => SkillsGapFilters.Definition);
}
