using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;
using Network.Server.Pairings;
using Network.Server.Programmes;

namespace Network.Server.CheckIns;

/// <summary>A coordinator records a check-in on one of their programme's pairings, with the health they saw.</summary>
internal static class CheckInMutations
{
    private static readonly MutationResult<CheckInPayload> Result =
        new("checkIn", () => new GraphQLTypeReference("CheckIn"), p => p.CheckIn, p => p.Errors, CheckInPayload.Failed);

    private static readonly AccessRule Coordinators = CallerAccess.Roles("the programme's coordinators and administrators", Role.Coordinator, Role.Admin);

    public static void AddCheckInMutations(this ObjectGraphType mutation) =>
        mutation.Mutation<RecordCheckInInput, CheckInPayload>(
            "recordCheckIn",
            "Records a check-in on a pairing of a programme the caller coordinates: a note, the actions agreed and when to look again. The pairing's health at that moment is kept with it.",
            Coordinators,
            Result,
            RecordAsync);

    [Error<InvalidIdError>]
    [Error<BlankValueError>]
    [Error<ValueTooLongError>]
    [Error<OutOfRangeError>]
    [Error<InvalidDateError>]
    [Error<PairingNotFoundError>]
    [Error<NotAProgrammePairingError>]
    private static async Task<CheckInPayload> RecordAsync(MutationContext<RecordCheckInInput> m)
    {
        var v = m.Validator;
        var key = v.Id("pairingId", m.Input.PairingId, "Pairing");
        var note = v.Text("note", m.Input.Note, CheckInRules.MaxNoteLength);
        var actions = (m.Input.Actions ?? []).Select((a, i) => v.Text($"actions[{i}]", a, CheckInRules.MaxActionLength)).ToList();
        if (actions.Count > CheckInRules.MaxActions)
        {
            v.Add(new OutOfRangeError($"A check-in has at most {CheckInRules.MaxActions} actions.", "actions", 0, CheckInRules.MaxActions));
        }

        var now = m.Clock.GetUtcNow();
        if (m.Input.FollowUpOn is { } followUp && followUp < DateOnly.FromDateTime(now.UtcDateTime))
        {
            v.Add(new InvalidDateError("followUpOn must be today or later.", "followUpOn"));
        }

        if (!v.IsValid)
        {
            return CheckInPayload.Failed(v.Errors);
        }

        var pairing = await m.Db.Pairings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == key, m.CancellationToken);
        if (pairing is null || !PairingAccess.IsVisible(m.Caller(), pairing))
        {
            return CheckInPayload.Failed([new PairingNotFoundError($"No pairing has the ID {m.Input.PairingId}.", m.Input.PairingId)]);
        }

        var programme = await m.Db.ProgrammePairings.Where(l => l.PairingId == key).Join(m.Db.Programmes, l => l.ProgrammeId, p => p.Id, (_, p) => p)
            .AsNoTracking().SingleOrDefaultAsync(m.CancellationToken);
        if (programme is null)
        {
            return CheckInPayload.Failed([new NotAProgrammePairingError("Check-ins are for pairings made within a programme.", m.Input.PairingId)]);
        }

        if (!ProgrammeAccess.Coordinates(m.Caller(), programme))
        {
            return CheckInPayload.Failed([m.NotOwner()]);
        }

        var health = (await PairingHealthReader.ReadAsync(m.Db, m.Db.ProgrammePairings.Where(l => l.PairingId == key), now, m.CancellationToken)).SingleOrDefault();
        var checkIn = new CheckIn
        {
            PairingId = key,
            ProgrammeId = programme.Id,
            Note = note,
            Actions = actions,
            FollowUpOn = m.Input.FollowUpOn,
            HealthStatus = health?.Status ?? PairingHealthStatus.OnTrack,
            CoordinatorSubject = m.Caller().Subject ?? "anonymous",
            RecordedAt = now,
        };
        m.Db.CheckIns.Add(checkIn);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        return new CheckInPayload(checkIn, null);
    }
}
