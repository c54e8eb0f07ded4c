using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Auditing;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Pairings;
using Network.Server.Programmes;

namespace Network.Server.Concerns;

/// <summary>
/// Raising a concern, and handling it. A participant reports; the programme's coordinators acknowledge,
/// pause or end the pairing concerned, or dismiss, each action kept in the concern's history and audited.
/// What the person concerned can see of it is what a pause or an end shows any partner: the pairing's
/// status and a neutral note, never the concern or who raised it.
/// </summary>
internal static class ConcernMutations
{
    /// <summary>The note the pairing's history shows when a concern pauses or ends it: it names no concern and no one.</summary>
    public const string PausedNote = "Paused while a concern is looked into.";

    public const string EndedNote = "Ended after a concern was looked into.";

    private static readonly MutationResult<ConcernPayload> Result =
        new("concern", () => new GraphQLTypeReference("Concern"), p => p.Concern, p => p.Errors, ConcernPayload.Failed);

    private static readonly AccessRule TheMentor = CallerAccess.Roles("the reporting mentor themself", Role.Mentor);

    private static readonly AccessRule Coordinators =
        CallerAccess.Roles("the programme's coordinators and administrators", Role.Coordinator, Role.Admin);

    /// <summary>The statuses each action starts from.</summary>
    private static readonly Dictionary<ConcernTriageAction, ConcernStatus[]> StartsFrom = new()
    {
        [ConcernTriageAction.Acknowledge] = [ConcernStatus.Open],
        [ConcernTriageAction.PausePairing] = [ConcernStatus.Open, ConcernStatus.Acknowledged],
        [ConcernTriageAction.EndPairing] = [ConcernStatus.Open, ConcernStatus.Acknowledged, ConcernStatus.Actioned],
        [ConcernTriageAction.Dismiss] = [ConcernStatus.Open, ConcernStatus.Acknowledged],
    };

    public static void AddConcernMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<ReportConcernInput, ConcernPayload>(
            "reportConcern",
            "Raises a concern, as a participant of a programme, about one of your pairings in it or another participant. Only the programme's coordinators and administrators see it, " +
                "and you; the person it is about never sees it or who raised it.",
            TheMentor,
            Result,
            ReportAsync);

        mutation.Mutation<TriageConcernInput, ConcernPayload>(
            "triageConcern",
            "Acts on a concern: ACKNOWLEDGE it, PAUSE_PAIRING or END_PAIRING (SAFEGUARDING) the pairing concerned, or DISMISS it. Every action is kept in the concern's history and audited. " +
                "For a concern about a person, the pairing concerned is their open pairing with the reporter in the programme.",
            Coordinators,
            Result,
            TriageAsync);
    }

    [Error<InvalidIdError>]
    [Error<BlankValueError>]
    [Error<ValueTooLongError>]
    [Error<OutOfRangeError>]
    [Error<ProgrammeNotFoundError>]
    [Error<EnrolmentNotFoundError>]
    [Error<InvalidConcernSubjectError>]
    private static async Task<ConcernPayload> ReportAsync(MutationContext<ReportConcernInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var programmeKey = v.Id("programmeId", input.ProgrammeId, "Programme");
        var mentorKey = v.Id("mentorId", input.MentorId, "Mentor");
        var (aboutField, aboutId, aboutType) = input.About.PairingId is { } pairingId
            ? ("about.pairingId", pairingId, "Pairing")
            : ("about.mentorId", input.About.MentorId!, "Mentor");
        var aboutKey = v.Id(aboutField, aboutId, aboutType);
        var description = v.Text("description", input.Description, ConcernRules.MaxDescriptionLength);
        if (description.Length is > 0 and < ConcernRules.MinDescriptionLength)
        {
            v.Add(new OutOfRangeError(
                $"description must be at least {ConcernRules.MinDescriptionLength} characters, so that coordinators can act on it.",
                "description",
                ConcernRules.MinDescriptionLength,
                ConcernRules.MaxDescriptionLength));
        }

        if (!v.IsValid)
        {
            return ConcernPayload.Failed(v.Errors);
        }

        if (!m.Caller().IsMentor(mentorKey))
        {
            return ConcernPayload.Failed([m.NotOwner()]);
        }

        var programme = await m.Db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeKey, m.CancellationToken);
        if (programme is null || !ProgrammeAccess.IsVisible(m.Caller(), programme))
        {
            return ConcernPayload.Failed([ProgrammeChanges.NotFound(input.ProgrammeId)]);
        }

        var enrolment = await m.Db.ProgrammeEnrolments.AsNoTracking()
            .SingleOrDefaultAsync(e => e.ProgrammeId == programmeKey && e.MentorId == mentorKey, m.CancellationToken);
        if (enrolment is null)
        {
            return ConcernPayload.Failed([new EnrolmentNotFoundError("Only the programme's participants may raise a concern in it; you are not enrolled.", input.ProgrammeId, input.MentorId)]);
        }

        if (await SubjectRefusalAsync(m, programmeKey, mentorKey, aboutType, aboutKey, aboutField, aboutId) is { } refused)
        {
            return ConcernPayload.Failed([refused]);
        }

        var now = m.Clock.GetUtcNow();
        var concern = new ConcernReport
        {
            ProgrammeId = programmeKey,
            ReporterMentorId = mentorKey,
            ReporterEmployerId = enrolment.EmployerId,
            AboutPairingId = aboutType == "Pairing" ? aboutKey : null,
            AboutMentorId = aboutType == "Mentor" ? aboutKey : null,
            Category = input.Category,
            Description = description,
            Status = ConcernStatus.Open,
            ReportedAt = now,
            UpdatedAt = now,
        };
        m.Db.ConcernReports.Add(concern);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        return new ConcernPayload(concern, null);
    }

    /// <summary>Why the concern may not be about the pairing or mentor named: not the reporter's pairing in the programme, not a participant, or the reporter.</summary>
    private static async Task<UserError?> SubjectRefusalAsync(
        MutationContext m, int programmeKey, int reporterKey, string aboutType, int aboutKey, string field, string id)
    {
        if (aboutType == "Pairing")
        {
            var ours = await m.Db.ProgrammePairings.AnyAsync(
                l => l.PairingId == aboutKey && l.ProgrammeId == programmeKey && (l.Pairing!.MentorAId == reporterKey || l.Pairing.MentorBId == reporterKey),
                m.CancellationToken);
            return ours ? null : new InvalidConcernSubjectError($"{id} is not one of your pairings in the programme.", field, id);
        }

        if (aboutKey == reporterKey)
        {
            return new InvalidConcernSubjectError("A concern is about someone else; to leave the programme, withdraw from it.", field, id);
        }

        var participant = await m.Db.ProgrammeEnrolments.AnyAsync(e => e.ProgrammeId == programmeKey && e.MentorId == aboutKey, m.CancellationToken);
        return participant ? null : new InvalidConcernSubjectError($"{id} is not a participant of the programme.", field, id);
    }

    [Error<InvalidIdError>]
    [Error<ValueTooLongError>]
    [Error<ConcernNotFoundError>]
    [Error<InvalidConcernTransitionError>]
    [Error<ConcernHasNoPairingError>]
    [Error<InvalidPairingTransitionError>]
    private static async Task<ConcernPayload> TriageAsync(MutationContext<TriageConcernInput> m)
    {
        var v = m.Validator;
        var key = v.Id("concernId", m.Input.ConcernId, "Concern");
        var note = v.OptionalText("note", m.Input.Note, ConcernRules.MaxNoteLength);
        if (!v.IsValid)
        {
            return ConcernPayload.Failed(v.Errors);
        }

        // The concern's row stays locked until the action is saved, so that two coordinators act one after the other.
        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var concern = await m.Db.ConcernReports.FromSql($"SELECT * FROM concern_reports WHERE id = {key} FOR UPDATE")
            .Include(c => c.Actions.OrderBy(a => a.Id))
            .SingleOrDefaultAsync(m.CancellationToken);
        var programme = concern is null ? null : await m.Db.Programmes.AsNoTracking().SingleAsync(p => p.Id == concern.ProgrammeId, m.CancellationToken);
        if (concern is null)
        {
            return ConcernPayload.Failed([new ConcernNotFoundError($"No concern has the ID {m.Input.ConcernId}.", m.Input.ConcernId)]);
        }

        if (!ConcernAccess.Handles(m.Caller(), programme!))
        {
            return ConcernPayload.Failed([m.NotOwner()]);
        }

        var action = m.Input.Action;
        if (!StartsFrom[action].Contains(concern.Status))
        {
            return ConcernPayload.Failed([new InvalidConcernTransitionError(
                $"The concern is {Name(concern.Status)}; {Name(action)} needs it to be {string.Join(" or ", StartsFrom[action].Select(Name))}.", m.Input.ConcernId, concern.Status)]);
        }

        var now = m.Clock.GetUtcNow();
        if (action is ConcernTriageAction.PausePairing or ConcernTriageAction.EndPairing)
        {
            var (pairing, refused) = await PairingConcernedAsync(m, concern, action == ConcernTriageAction.PausePairing ? PairingChange.Pause : PairingChange.End);
            if (pairing is null)
            {
                return ConcernPayload.Failed([refused!]);
            }

            if (action == ConcernTriageAction.PausePairing)
            {
                pairing.Pause(m.Caller(), PausedNote, now);
                m.AuditPairing(pairing, "pausePairing");
            }
            else
            {
                pairing.End(m.Caller(), PairingEndReason.Safeguarding, EndedNote, now);
                m.AuditPairing(pairing, "endPairing");
            }
        }

        concern.Status = action switch
        {
            ConcernTriageAction.Acknowledge => ConcernStatus.Acknowledged,
            ConcernTriageAction.Dismiss => ConcernStatus.Dismissed,
            _ => ConcernStatus.Actioned,
        };
        concern.UpdatedAt = now;
        concern.Actions.Add(new ConcernActionRecord { Action = action, Status = concern.Status, Note = note, ActorSubject = m.Caller().Subject ?? "anonymous", ActedAt = now });
        m.Audit("Concern", concern.Id);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new ConcernPayload(concern, null);
    }

    /// <summary>The pairing the concern names, or the person's open pairing with the reporter in the programme, locked, if it allows <paramref name="change"/>.</summary>
    private static async Task<(Pairing? Pairing, UserError? Refused)> PairingConcernedAsync(MutationContext m, ConcernReport concern, PairingChange change)
    {
        var id = concern.AboutPairingId ?? await m.Db.ProgrammePairings
            .Where(l => l.ProgrammeId == concern.ProgrammeId && Pairing.OpenStatuses.Contains(l.Pairing!.Status)
                && ((l.Pairing.MentorAId == concern.ReporterMentorId && l.Pairing.MentorBId == concern.AboutMentorId)
                    || (l.Pairing.MentorBId == concern.ReporterMentorId && l.Pairing.MentorAId == concern.AboutMentorId)))
            .Select(l => (int?)l.PairingId)
            .FirstOrDefaultAsync(m.CancellationToken);
        var concernId = GlobalId.Serialize("Concern", concern.Id);
        if (id is not { } pairingKey)
        {
            return (null, new ConcernHasNoPairingError("The person the concern is about has no open pairing with the reporter in the programme.", concernId));
        }

        var pairing = (await PairingChanges.LockAsync(m.Db, pairingKey, m.CancellationToken))!;
        if (!pairing.Allows(change))
        {
            var allowed = string.Join(" or ", Pairing.StartsFrom(change).Select(s => s.ToString().ToUpperInvariant()));
            return (null, new InvalidPairingTransitionError(
                $"Only a {allowed} pairing can be {(change == PairingChange.Pause ? "paused" : "ended")}; this one is {pairing.Status.ToString().ToUpperInvariant()}.",
                GlobalId.Serialize("Pairing", pairing.Id),
                pairing.Status));
        }

        return (pairing, null);
    }

    private static string Name(ConcernStatus status) => status.ToString().ToUpperInvariant();

    private static string Name(ConcernTriageAction action) => action switch
    {
        ConcernTriageAction.PausePairing => "PAUSE_PAIRING",
        ConcernTriageAction.EndPairing => "END_PAIRING",
        _ => action.ToString().ToUpperInvariant(),
    };
}
