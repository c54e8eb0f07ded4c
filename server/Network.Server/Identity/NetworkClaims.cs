using System.Globalization;
using Network.Server.GraphQL.Relay;

namespace Network.Server.Identity;

/// <summary>
/// The claims the API reads from a token. Roles use the GraphQL enum names (<c>EMPLOYER_ADMIN</c>);
/// the employer and mentor a caller is bound to are global IDs, or plain keys from an identity provider
/// that stores them that way.
/// </summary>
public static class NetworkClaims
{
    public const string Subject = "sub";

    public const string Role = "role";

    public const string Employer = "employer_id";

    public const string Mentor = "mentor_id";

    public static string RoleName(Role role) => role switch
    {
        Identity.Role.EmployerAdmin => "EMPLOYER_ADMIN",
        Identity.Role.Mentor => "MENTOR",
        Identity.Role.Coordinator => "COORDINATOR",
        Identity.Role.Organiser => "ORGANISER",
        Identity.Role.Partner => "PARTNER",
        Identity.Role.Admin => "ADMIN",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static bool TryParseRole(string? value, out Role role)
    {
        foreach (var candidate in Enum.GetValues<Role>())
        {
            if (string.Equals(RoleName(candidate), value, StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }

    /// <summary>Reads a bound employer or mentor: a global ID of <paramref name="typeName"/>, or a positive whole number.</summary>
    public static int? ParseKey(string? value, string typeName)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var key) && key > 0)
        {
            return key;
        }

        return GlobalId.TryDeserialize(value, out var type, out key) && type == typeName ? key : null;
    }
}
