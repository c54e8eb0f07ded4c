namespace Network.Server.Identity;

/// <summary>A caller's roles as stored with what they did (audit entries, pairing history).</summary>
public static class RoleNames
{
    /// <summary>Roles as stored with an action: comma-separated GraphQL names.</summary>
    public static string Join(Caller caller) => string.Join(",", caller.Roles.Order().Select(NetworkClaims.RoleName));

    public static List<Role> Parse(string? roles) =>
        [.. (roles ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(name => NetworkClaims.TryParseRole(name, out var role) ? role : (Role?)null)
            .OfType<Role>()];
}
