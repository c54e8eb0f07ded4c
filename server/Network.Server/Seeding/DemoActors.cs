using Network.Server.Identity;

namespace Network.Server.Seeding;

/// <summary>
/// Who acts in the demo data, named as the <c>token</c> command names a caller when it is given no subject:
/// a token for a coordinator, an employer's admin or a mentor of the demo then acts as the person its
/// programmes, enrolments and pairings show.
/// </summary>
internal static class DemoActors
{
    public static Caller Coordinator { get; } = new(TokenCommand.DefaultSubject(Role.Coordinator), [Role.Coordinator]);

    public static Caller EmployerAdmin(int employerId) =>
        new(TokenCommand.DefaultSubject(Role.EmployerAdmin, employerId: employerId), [Role.EmployerAdmin], employerId: employerId);

    public static Caller Mentor(int mentorId) =>
        new(TokenCommand.DefaultSubject(Role.Mentor, mentorId: mentorId), [Role.Mentor], mentorId: mentorId);
}
