using Network.Server.Identity;

namespace Network.Server.Tests.Infrastructure;

/// <summary>The callers tests act as.</summary>
public static class TestCallers
{
    public static Caller Anonymous => Caller.Anonymous;

    public static Caller Admin { get; } = new("test-admin", [Role.Admin]);

    public static Caller Coordinator { get; } = new("test-coordinator", [Role.Coordinator]);

    public static Caller Organiser { get; } = new("test-organiser", [Role.Organiser]);

    public static Caller Partner { get; } = new("test-partner", [Role.Partner]);

    /// <summary>An employer admin not yet bound to an employer, as when registering one.</summary>
    public static Caller UnboundEmployerAdmin { get; } = new("test-new-employer-admin", [Role.EmployerAdmin]);

    public static Caller EmployerAdmin(int employerId) => new($"test-employer-admin-{employerId}", [Role.EmployerAdmin], employerId: employerId);

    public static Caller Mentor(int mentorId) => new($"test-mentor-{mentorId}", [Role.Mentor], mentorId: mentorId);
}
