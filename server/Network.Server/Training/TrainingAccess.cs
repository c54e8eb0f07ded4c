using Network.Server.Identity;

namespace Network.Server.Training;

/// <summary>Who may see and record mentors' training.</summary>
public static class TrainingAccess
{
    /// <summary>Those who work with mentors' readiness: mentors, their employers' admins, coordinators and administrators.</summary>
    public static readonly Role[] Readers = [Role.Mentor, Role.EmployerAdmin, Role.Coordinator, Role.Admin];
}
