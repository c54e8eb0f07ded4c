using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;

namespace Network.Server.Programmes;

/// <summary>
/// How a programme is found for a change: its row is read and locked until the transaction ends, so that
/// changes to one programme (two enrolments at capacity, a cancellation during planning) happen one after
/// the other; then the caller and the programme's status are checked.
/// </summary>
internal static class ProgrammeChanges
{
    /// <summary>
    /// The programme <paramref name="id"/> (given as <paramref name="programmeId"/>), locked, if the caller may
    /// make <paramref name="change"/> to it (any change when null): <paramref name="mayAct"/> says who may, by default the programme's
    /// coordinators and administrators. A draft is not found by those who do not coordinate it.
    /// </summary>
    public static async Task<(Programme? Programme, UserError? Error)> LockAsync(
        MutationContext m, int id, string programmeId, ProgrammeChange? change, Func<Caller, Programme, bool>? mayAct = null)
    {
        var programme = await m.Db.Programmes.FromSql($"SELECT * FROM programmes WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(m.CancellationToken);
        var caller = m.Caller();
        if (programme is null || !ProgrammeAccess.IsVisible(caller, programme))
        {
            return (null, NotFound(programmeId));
        }

        if (!(mayAct ?? ProgrammeAccess.Coordinates)(caller, programme))
        {
            return (null, m.NotOwner());
        }

        return change is not { } checkedChange || programme.Allows(checkedChange) ? (programme, null) : (null, Refused(programme, checkedChange));
    }

    public static ProgrammeNotFoundError NotFound(string programmeId) => new($"No programme has the ID {programmeId}.", programmeId);

    public static InvalidProgrammeTransitionError Refused(Programme programme, ProgrammeChange change) => new(
        $"The programme is {Name(programme.Status)}; {Verb(change)} needs it to be {string.Join(" or ", Programme.StartsFrom(change).Select(Name))}.",
        GlobalId.Serialize("Programme", programme.Id),
        programme.Status);

    private static string Name(ProgrammeStatus status) => status.ToString().ToUpperInvariant();

    private static string Verb(ProgrammeChange change) => change switch
    {
        ProgrammeChange.Open => "opening recruitment",
        ProgrammeChange.Start => "starting it",
        ProgrammeChange.Complete => "completing it",
        ProgrammeChange.Cancel => "cancelling it",
        ProgrammeChange.Edit => "changing it",
        ProgrammeChange.Enrol => "joining or enrolling",
        ProgrammeChange.SetObjectives => "changing its objectives",
        _ => "pairing within it",
    };
}
