using Network.Server.Identity;
using Network.Server.Programmes;

namespace Network.Server.Concerns;

/// <summary>
/// Who sees a concern: the programme's coordinators and administrators, who handle it, and the mentor who
/// reported it. Nobody else, and above all not the person it is about.
/// </summary>
public static class ConcernAccess
{
    public static bool Handles(Caller caller, Programme programme) => ProgrammeAccess.Coordinates(caller, programme);

    public static bool Sees(Caller caller, Programme programme, ConcernReport concern) =>
        caller.IsMentor(concern.ReporterMentorId) || Handles(caller, programme);
}
