using Network.Server.GraphQL.Access;
using Network.Server.Identity;

namespace Network.Server.Onboarding;

/// <summary>
/// Who imports an employer's mentors and gaps: its own admins, and coordinators and administrators for any employer,
/// since coordinators onboard employers (they register them too).
/// </summary>
internal static class ImportAccess
{
    public static readonly AccessRule Importers =
        CallerAccess.Roles("the employer's admins, coordinators and administrators", Role.EmployerAdmin, Role.Coordinator, Role.Admin);

    public static bool MayImport(Caller caller, int employerId) => caller.Is(Role.Coordinator) || caller.ManagesEmployer(employerId);
}
