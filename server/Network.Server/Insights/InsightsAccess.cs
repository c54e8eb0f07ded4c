using Microsoft.Extensions.Options;
using Network.Server.GraphQL.Access;
using Network.Server.Identity;

namespace Network.Server.Insights;

/// <summary>Who reads regional figures: partners, coordinators and administrators, and anyone when <c>Insights:Public</c> is on.</summary>
internal static class InsightsAccess
{
    private static readonly HashSet<Role> Roles = [Role.Partner, Role.Coordinator, Role.Admin];

    public static readonly AccessRule Readers = new(
        "partners, coordinators and administrators, and anyone when the network publishes its figures (Insights:Public)",
        context => context.Caller().IsAny(Roles) || context.RequestServices!.GetRequiredService<IOptions<InsightsOptions>>().Value.Public);
}
