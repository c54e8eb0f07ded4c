using System.Security.Claims;

namespace Network.Server.Identity;

/// <summary>
/// Who is asking: the roles their token carries and the employer or mentor it binds them to.
/// Every authorisation decision in the API is a question put to this type.
/// </summary>
public sealed class Caller
{
    private readonly HashSet<Role> _roles;

    public Caller(string? subject, IEnumerable<Role> roles, int? employerId = null, int? mentorId = null)
    {
        Subject = subject;
        _roles = [.. roles];
        EmployerId = _roles.Contains(Role.EmployerAdmin) ? employerId : null;
        MentorId = _roles.Contains(Role.Mentor) ? mentorId : null;
    }

    public static Caller Anonymous { get; } = new(null, []);

    /// <summary>The identity provider's stable identifier for the person or system calling.</summary>
    public string? Subject { get; }

    public IReadOnlySet<Role> Roles => _roles;

    /// <summary>The employer an <see cref="Role.EmployerAdmin"/> administers, when bound to one.</summary>
    public int? EmployerId { get; }

    /// <summary>The mentor a <see cref="Role.Mentor"/> caller is.</summary>
    public int? MentorId { get; }

    public bool IsAuthenticated => Subject is not null;

    public bool IsAdmin => _roles.Contains(Role.Admin);

    public bool Is(Role role) => _roles.Contains(role);

    public bool IsAny(IReadOnlySet<Role> roles) => _roles.Overlaps(roles);

    /// <summary>Administrators and the employer's own admins manage an employer, its gaps and its mentors.</summary>
    public bool ManagesEmployer(int employerId) => IsAdmin || EmployerId == employerId;

    /// <summary>A mentor manages their own profile; their employer's admins and administrators manage it too.</summary>
    public bool ManagesMentor(int mentorId, int employerId) => IsMentor(mentorId) || ManagesEmployer(employerId);

    public bool IsMentor(int mentorId) => MentorId == mentorId;

    /// <summary>Builds the caller from an authenticated principal; unauthenticated principals are anonymous.</summary>
    public static Caller From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var roles = principal.FindAll(NetworkClaims.Role)
            .Select(c => NetworkClaims.TryParseRole(c.Value, out var role) ? role : (Role?)null)
            .OfType<Role>();
        return new Caller(
            principal.FindFirst(NetworkClaims.Subject)?.Value ?? string.Empty,
            roles,
            NetworkClaims.ParseKey(principal.FindFirst(NetworkClaims.Employer)?.Value, "Employer"),
            NetworkClaims.ParseKey(principal.FindFirst(NetworkClaims.Mentor)?.Value, "Mentor"));
    }

    public override string ToString() =>
        IsAuthenticated ? $"{Subject} ({string.Join(", ", _roles.Select(NetworkClaims.RoleName))})" : "anonymous";
}
