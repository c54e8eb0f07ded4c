using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;
using Network.Server.Pairings;

namespace Network.Server.Programmes;

internal static class ProgrammeLifecycleMutations
{
    /// <summary>The reason a proposal is declined with, and the note an accepted or active pairing ends with, when its programme is cancelled.</summary>
    public const string CancelledNote = "The programme was cancelled.";

    private static readonly AccessRule ProgrammeCoordinators = CallerAccess.Roles("the programme's coordinators and administrators", Role.Coordinator, Role.Admin);

    private static readonly int[] OpenStatuses = [.. Pairing.OpenStatuses.Select(s => (int)s)];

    public static void AddProgrammeLifecycleMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<ProgrammeIdInput, ProgrammePayload>(
            "openProgramme",
            "Publishes a DRAFT programme and opens recruitment (RECRUITING): employers may join and mentors enrol until its enrolment deadline. It needs at least one objective.",
            ProgrammeCoordinators,
            ProgrammeMutations.Result,
            OpenAsync);

        mutation.Mutation<ProgrammeIdInput, ProgrammePayload>(
            "startProgramme",
            "Starts a RECRUITING programme (RUNNING). Mentors may still enrol until the deadline, and pairs are still planned within it.",
            ProgrammeCoordinators,
            ProgrammeMutations.Result,
            StartAsync);

        mutation.Mutation<ProgrammeIdInput, ProgrammePayload>(
            "completeProgramme",
            "Completes a RUNNING programme (COMPLETED). Its pairings keep their own status.",
            ProgrammeCoordinators,
            ProgrammeMutations.Result,
            CompleteAsync);

        mutation.Mutation<CancelProgrammeInput, ProgrammePayload>(
            "cancelProgramme",
            "Cancels a programme that has not completed (CANCELLED): its proposed pairings are declined and its accepted and active ones end, with the reason given.",
            ProgrammeCoordinators,
            ProgrammeMutations.Result,
            CancelAsync);
    }

    [Error<InvalidIdError>]
    [Error<ProgrammeNotFoundError>]
    [Error<InvalidProgrammeTransitionError>]
    [Error<ProgrammeHasNoObjectivesError>]
    private static Task<ProgrammePayload> OpenAsync(MutationContext<ProgrammeIdInput> m) =>
        ChangeAsync(m, ProgrammeChange.Open, async (programme, now) =>
        {
            if (!await m.Db.ProgrammeObjectives.AnyAsync(o => o.ProgrammeId == programme.Id, m.CancellationToken))
            {
                return new ProgrammeHasNoObjectivesError("Add at least one objective before opening recruitment: participants join for what the programme sets out to achieve.", m.Input.ProgrammeId);
            }

            programme.Open(now);
            return null;
        });

    [Error<InvalidIdError>]
    [Error<ProgrammeNotFoundError>]
    [Error<InvalidProgrammeTransitionError>]
    private static Task<ProgrammePayload> StartAsync(MutationContext<ProgrammeIdInput> m) =>
        ChangeAsync(m, ProgrammeChange.Start, (programme, now) =>
        {
            programme.Start(now);
            return Task.FromResult<UserError?>(null);
        });

    [Error<InvalidIdError>]
    [Error<ProgrammeNotFoundError>]
    [Error<InvalidProgrammeTransitionError>]
    private static Task<ProgrammePayload> CompleteAsync(MutationContext<ProgrammeIdInput> m) =>
        ChangeAsync(m, ProgrammeChange.Complete, (programme, now) =>
        {
            programme.Complete(now);
            return Task.FromResult<UserError?>(null);
        });

    [Error<InvalidIdError>]
    [Error<ProgrammeNotFoundError>]
    [Error<InvalidProgrammeTransitionError>]
    [Error<BlankValueError>]
    [Error<ValueTooLongError>]
    private static Task<ProgrammePayload> CancelAsync(MutationContext<CancelProgrammeInput> m)
    {
        var reason = m.Validator.Text("reason", m.Input.Reason, ProgrammeRules.MaxReasonLength);
        return ChangeAsync(m, m.Input.ProgrammeId, ProgrammeChange.Cancel, async (programme, now) =>
        {
            // The programme is locked first, then its pairings, as every programme change does.
            var open = await m.Db.Pairings
                .FromSql($"SELECT p.* FROM pairings p JOIN programme_pairings pp ON pp.pairing_id = p.id WHERE pp.programme_id = {programme.Id} AND p.status = ANY({OpenStatuses}) ORDER BY p.id FOR UPDATE OF p")
                .ToListAsync(m.CancellationToken);
            var caller = m.Caller();
            foreach (var pairing in open)
            {
                if (pairing.Status == PairingStatus.Proposed)
                {
                    pairing.Decline(caller, CancelledNote, now);
                }
                else
                {
                    pairing.End(caller, PairingEndReason.Other, CancelledNote, now);
                }

                m.AuditPairing(pairing);
            }

            programme.Cancel(reason, now);
            return null;
        });
    }

    private static Task<ProgrammePayload> ChangeAsync(MutationContext<ProgrammeIdInput> m, ProgrammeChange change, Func<Programme, DateTimeOffset, Task<UserError?>> apply) =>
        ChangeAsync(m, m.Input.ProgrammeId, change, apply);

    /// <summary>Locks the programme, checks the caller and its status, applies the change and saves it, all or nothing.</summary>
    private static async Task<ProgrammePayload> ChangeAsync(MutationContext m, string programmeId, ProgrammeChange change, Func<Programme, DateTimeOffset, Task<UserError?>> apply)
    {
        var id = m.Validator.Id("programmeId", programmeId, "Programme");
        if (!m.Validator.IsValid)
        {
            return ProgrammePayload.Failed(m.Validator.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (programme, refused) = await ProgrammeChanges.LockAsync(m, id, programmeId, change);
        if (programme is null)
        {
            return ProgrammePayload.Failed([refused!]);
        }

        if (await apply(programme, m.Clock.GetUtcNow()) is { } error)
        {
            return ProgrammePayload.Failed([error]);
        }

        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new ProgrammePayload(programme, null);
    }
}
