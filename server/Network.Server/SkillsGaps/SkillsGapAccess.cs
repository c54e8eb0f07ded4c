using System.Linq.Expressions;
using Network.Server.Identity;

namespace Network.Server.SkillsGaps;

/// <summary>Which skills gaps each caller may see: anonymous callers see open gaps only.</summary>
public static class SkillsGapAccess
{
    private static readonly Expression<Func<SkillsGap, bool>> OpenOnly = g => g.Status == SkillsGapStatus.Open;

    /// <summary>The condition for database queries, or null when the caller may see every gap.</summary>
    public static Expression<Func<SkillsGap, bool>>? Filter(Caller caller) => caller.IsAuthenticated ? null : OpenOnly;

    public static bool IsVisible(Caller caller, SkillsGap gap) => caller.IsAuthenticated || gap.Status == SkillsGapStatus.Open;

    /// <summary>The employer's reference for a gap is for those who may import the employer's gaps.</summary>
    public static bool MayReadExternalReference(Caller caller, SkillsGap gap) => caller.Is(Role.Coordinator) || caller.ManagesEmployer(gap.EmployerId);
}
