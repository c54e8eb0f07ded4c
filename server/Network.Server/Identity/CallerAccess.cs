using GraphQL.Types;
using Network.Server.GraphQL.Access;

namespace Network.Server.Identity;

/// <summary>Access rules put as questions to the caller: by role, or by any test of the caller.</summary>
public static class CallerAccess
{
    /// <summary>Allows callers with any of <paramref name="roles"/>; <paramref name="who"/> says so in words.</summary>
    public static AccessRule Roles(string who, params Role[] roles)
    {
        var allowed = roles.ToHashSet();
        return new AccessRule(who, context => context.Caller().IsAny(allowed));
    }

    /// <summary>Allows callers for whom <paramref name="allows"/> holds; <paramref name="who"/> says so in words.</summary>
    public static AccessRule When(string who, Func<Caller, bool> allows) => new(who, context => allows(context.Caller()));

    /// <summary>Only callers with one of <paramref name="roles"/> may read objects of this type, wherever they appear.</summary>
    public static void ReadableBy(this IGraphType type, params Role[] roles) =>
        type.ReadableBy(Roles(string.Join(", ", roles.Select(NetworkClaims.RoleName)), roles));
}
