using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Agreements;
using Network.Server.Geo;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Pairings;
using Network.Server.Programmes;

namespace Network.Server.Sessions;

/// <summary>
/// The two mentors of a pairing schedule their sessions, move and cancel them, say afterwards who came, and
/// keep private notes. A session is only for an ACCEPTED or ACTIVE pairing (never a paused or closed one),
/// within its programme's timeframe, and never at the same time as another session of either mentor: the
/// two mentors' rows are locked while that is checked, so two sessions scheduled at once cannot overlap.
/// </summary>
internal static class SessionMutations
{
    private static readonly MutationResult<SessionPayload> Result =
        new("session", () => new GraphQLTypeReference("Session"), p => p.Session, p => p.Errors, SessionPayload.Failed);

    private static readonly MutationResult<SessionNotePayload> NoteResult =
        new("note", () => new GraphQLTypeReference("SessionNote"), p => p.Note, p => p.Errors, SessionNotePayload.Failed);

    private static readonly AccessRule TheMentors = CallerAccess.Roles("the pairing's two mentors", Role.Mentor);

    public static void AddSessionMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<ScheduleSessionInput, SessionPayload>(
            "scheduleSession",
            "Schedules a session of an ACCEPTED or ACTIVE pairing, by one of its mentors: in the future, within the programme's timeframe, and at a time neither mentor has another session.",
            TheMentors,
            Result,
            ScheduleAsync);

        mutation.Mutation<RescheduleSessionInput, SessionPayload>(
            "rescheduleSession",
            "Moves a scheduled session that has not started, by either mentor, under the rules scheduleSession follows.",
            TheMentors,
            Result,
            RescheduleAsync);

        mutation.Mutation<CancelSessionInput, SessionPayload>(
            "cancelSession",
            "Cancels a scheduled session, by either mentor, with a reason both see.",
            TheMentors,
            Result,
            CancelAsync);

        mutation.Mutation<RecordSessionAttendanceInput, SessionPayload>(
            "recordSessionAttendance",
            "Says, once a session is over, who did not come (none when it was held). When both mentors have said, the session is HELD, MISSED (the same absence), or DISPUTED (their reports differ). " +
                "A mentor may correct their report until their partner's is in.",
            TheMentors,
            Result,
            RecordAttendanceAsync);

        mutation.Mutation<WriteSessionNoteInput, SessionNotePayload>(
            "writeSessionNote",
            "Writes the calling mentor's private note on one of their sessions, replacing an earlier one. Only they (and administrators) can read it.",
            TheMentors,
            NoteResult,
            WriteNoteAsync);
    }

    [Error<InvalidIdError>]
    [Error<PairingNotFoundError>]
    [Error<PairingNotMeetingError>]
    [Error<InvalidDateError>]
    [Error<OutOfRangeError>]
    [Error<UnknownTimeZoneError>]
    [Error<BlankValueError>]
    [Error<ValueTooLongError>]
    [Error<InvalidUrlError>]
    [Error<NotInPairingError>]
    [Error<OutsideProgrammeTimeframeError>]
    [Error<SessionOverlapError>]
    [PostcodeErrors]
    private static async Task<SessionPayload> ScheduleAsync(MutationContext<ScheduleSessionInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var pairingKey = v.Id("pairingId", input.PairingId, "Pairing");
        var timeZone = input.TimeZone ?? SessionRules.DefaultTimeZone;
        if (!SessionTimes.TryFind(timeZone, out _))
        {
            v.Add(new UnknownTimeZoneError($"'{timeZone}' is not an IANA time zone such as Europe/London.", "timeZone"));
        }

        var minutes = v.Range("durationMinutes", input.DurationMinutes, SessionRules.MinMinutes, SessionRules.MaxMinutes);
        string? link = null;
        string? postcode = null;
        if (input.Format == SessionFormat.Online)
        {
            link = input.OnlineLink is null ? Blank(v, "onlineLink", "An ONLINE session needs its onlineLink.") : v.Url("onlineLink", input.OnlineLink);
        }
        else
        {
            postcode = input.VenuePostcode is null
                ? Blank(v, "venuePostcode", "An IN_PERSON session needs its venuePostcode.")
                : v.Postcode("venuePostcode", input.VenuePostcode)?.Postcode.ToString();
        }

        var agenda = (input.AgendaSkillIds ?? []).Select((id, i) => (Id: id, Key: v.Id($"agendaSkillIds[{i}]", id, "Skill"))).ToList();
        if (agenda.Count > SessionRules.MaxAgendaTopics)
        {
            v.Add(new OutOfRangeError($"A session has at most {SessionRules.MaxAgendaTopics} agenda topics.", "agendaSkillIds", 0, SessionRules.MaxAgendaTopics));
        }

        var goalIds = (input.AgendaGoalIds ?? []).Select((id, i) => (Id: id, Key: v.Id($"agendaGoalIds[{i}]", id, "AgreementGoal"))).ToList();
        if (goalIds.Count > SessionRules.MaxAgendaTopics)
        {
            v.Add(new OutOfRangeError($"A session has at most {SessionRules.MaxAgendaTopics} agenda goals.", "agendaGoalIds", 0, SessionRules.MaxAgendaTopics));
        }

        var now = m.Clock.GetUtcNow();
        StartsInTheFuture(v, input.StartsAt, now);
        if (!v.IsValid)
        {
            return SessionPayload.Failed(v.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var pairing = await m.Db.Pairings.Include(p => p.Skills).SingleOrDefaultAsync(p => p.Id == pairingKey, m.CancellationToken);
        if (pairing is null || !PairingAccess.IsVisible(m.Caller(), pairing))
        {
            return SessionPayload.Failed([new PairingNotFoundError($"No pairing has the ID {input.PairingId}.", input.PairingId)]);
        }

        if (!PairingAccess.IsMentorOf(m.Caller(), pairing))
        {
            return SessionPayload.Failed([m.NotOwner()]);
        }

        var taught = pairing.Skills.Select(s => s.SkillId).ToHashSet();
        foreach (var (id, key) in agenda.Where(a => !taught.Contains(a.Key)))
        {
            v.Add(new NotInPairingError($"{id} is not a skill the pairing teaches.", "agendaSkillIds", id));
        }

        int[] goalKeys = [.. goalIds.Select(g => g.Key).Distinct()];
        var goals = await m.Db.AgreementGoals.AsNoTracking().Where(g => goalKeys.Contains(g.Id) && g.PairingId == pairing.Id).ToDictionaryAsync(g => g.Id, m.CancellationToken);
        foreach (var (id, _) in goalIds.Where(g => !goals.ContainsKey(g.Key)))
        {
            v.Add(new NotInPairingError($"{id} is not a goal of the pairing's agreement.", "agendaGoalIds", id));
        }

        var session = new PairingSession
        {
            PairingId = pairing.Id,
            MentorAId = pairing.MentorAId,
            MentorBId = pairing.MentorBId,
            StartsAt = input.StartsAt.ToUniversalTime(),
            EndsAt = input.StartsAt.ToUniversalTime().AddMinutes(minutes),
            TimeZone = timeZone,
            DurationMinutes = minutes,
            Format = input.Format,
            OnlineLink = link,
            VenuePostcode = postcode,
            AgendaSkillIds = [.. agenda.Select(a => a.Key).Concat(goals.Values.Select(g => g.SkillId)).Distinct()],
            AgendaGoalIds = [.. goalKeys],
            Status = SessionStatus.Scheduled,
            ScheduledByMentorId = m.Caller().MentorId!.Value,
            ScheduledAt = now,
            UpdatedAt = now,
        };
        if (await RefusalsAsync(m, pairing, session) is { Count: > 0 } refused)
        {
            return SessionPayload.Failed([.. v.Errors, .. refused]);
        }

        if (!v.IsValid)
        {
            return SessionPayload.Failed(v.Errors);
        }

        m.Db.PairingSessions.Add(session);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new SessionPayload(session, null);
    }

    [Error<InvalidIdError>]
    [Error<SessionNotFoundError>]
    [Error<InvalidSessionTransitionError>]
    [Error<PairingNotMeetingError>]
    [Error<InvalidDateError>]
    [Error<OutOfRangeError>]
    [Error<OutsideProgrammeTimeframeError>]
    [Error<SessionOverlapError>]
    private static async Task<SessionPayload> RescheduleAsync(MutationContext<RescheduleSessionInput> m)
    {
        var v = m.Validator;
        var key = v.Id("sessionId", m.Input.SessionId, "Session");
        var minutes = m.Input.DurationMinutes is { } d ? v.Range("durationMinutes", d, SessionRules.MinMinutes, SessionRules.MaxMinutes) : (int?)null;
        var now = m.Clock.GetUtcNow();
        StartsInTheFuture(v, m.Input.StartsAt, now);
        if (!v.IsValid)
        {
            return SessionPayload.Failed(v.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (session, pairing, error) = await FindAsync(m, key, m.Input.SessionId);
        if (session is null)
        {
            return SessionPayload.Failed([error!]);
        }

        if (session.Status != SessionStatus.Scheduled || session.StartsAt <= now)
        {
            return SessionPayload.Failed([NotMovable(m.Input.SessionId, session, "moved")]);
        }

        session.DurationMinutes = minutes ?? session.DurationMinutes;
        session.StartsAt = m.Input.StartsAt.ToUniversalTime();
        session.EndsAt = session.StartsAt.AddMinutes(session.DurationMinutes);
        if (await RefusalsAsync(m, pairing!, session) is { Count: > 0 } refused)
        {
            return SessionPayload.Failed(refused);
        }

        session.RescheduleCount++;
        session.UpdatedAt = now;
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new SessionPayload(session, null);
    }

    [Error<InvalidIdError>]
    [Error<SessionNotFoundError>]
    [Error<InvalidSessionTransitionError>]
    [Error<BlankValueError>]
    [Error<ValueTooLongError>]
    private static async Task<SessionPayload> CancelAsync(MutationContext<CancelSessionInput> m)
    {
        var v = m.Validator;
        var key = v.Id("sessionId", m.Input.SessionId, "Session");
        var reason = v.Text("reason", m.Input.Reason, SessionRules.MaxReasonLength);
        if (!v.IsValid)
        {
            return SessionPayload.Failed(v.Errors);
        }

        var (session, _, error) = await FindAsync(m, key, m.Input.SessionId);
        if (session is null)
        {
            return SessionPayload.Failed([error!]);
        }

        var now = m.Clock.GetUtcNow();
        if (session.Status != SessionStatus.Scheduled || session.EndsAt <= now)
        {
            return SessionPayload.Failed([NotMovable(m.Input.SessionId, session, "cancelled")]);
        }

        session.Status = SessionStatus.Cancelled;
        session.CancelledAt = now;
        session.CancelledByMentorId = m.Caller().MentorId;
        session.CancellationReason = reason;
        session.UpdatedAt = now;
        await m.Db.SaveChangesAsync(m.CancellationToken);
        return new SessionPayload(session, null);
    }

    [Error<InvalidIdError>]
    [Error<SessionNotFoundError>]
    [Error<InvalidSessionTransitionError>]
    [Error<SessionNotOverError>]
    [Error<NotInPairingError>]
    private static async Task<SessionPayload> RecordAttendanceAsync(MutationContext<RecordSessionAttendanceInput> m)
    {
        var v = m.Validator;
        var key = v.Id("sessionId", m.Input.SessionId, "Session");
        var absent = m.Input.AbsentMentorIds.Select((id, i) => (Id: id, Key: v.Id($"absentMentorIds[{i}]", id, "Mentor"))).ToList();
        if (!v.IsValid)
        {
            return SessionPayload.Failed(v.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (session, _, error) = await FindAsync(m, key, m.Input.SessionId, lockRow: true);
        if (session is null)
        {
            return SessionPayload.Failed([error!]);
        }

        foreach (var (id, _) in absent.Where(a => !session.Involves(a.Key)))
        {
            v.Add(new NotInPairingError($"{id} is not one of the session's two mentors.", "absentMentorIds", id));
        }

        var now = m.Clock.GetUtcNow();
        if (session.Status != SessionStatus.Scheduled)
        {
            v.Add(new InvalidSessionTransitionError($"The session is {Name(session.Status)}; attendance is recorded once, for a SCHEDULED session.", m.Input.SessionId, session.Status));
        }
        else if (session.EndsAt > now)
        {
            v.Add(new SessionNotOverError("Attendance is recorded once the session is over.", m.Input.SessionId, session.EndsAt));
        }

        if (!v.IsValid)
        {
            return SessionPayload.Failed(v.Errors);
        }

        List<int> report = [.. absent.Select(a => a.Key).Distinct().Order()];
        if (m.Caller().IsMentor(session.MentorAId))
        {
            session.AbsentReportedByA = report;
        }
        else
        {
            session.AbsentReportedByB = report;
        }

        if (session is { AbsentReportedByA: { } a, AbsentReportedByB: { } b })
        {
            session.Status = !a.SequenceEqual(b) ? SessionStatus.Disputed : a.Count == 0 ? SessionStatus.Held : SessionStatus.Missed;
            session.ReportedAt = now;
        }

        session.UpdatedAt = now;
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new SessionPayload(session, null);
    }

    [Error<InvalidIdError>]
    [Error<SessionNotFoundError>]
    [Error<BlankValueError>]
    [Error<ValueTooLongError>]
    private static async Task<SessionNotePayload> WriteNoteAsync(MutationContext<WriteSessionNoteInput> m)
    {
        var v = m.Validator;
        var key = v.Id("sessionId", m.Input.SessionId, "Session");
        var text = v.Text("text", m.Input.Text, SessionRules.MaxNoteLength);
        if (!v.IsValid)
        {
            return SessionNotePayload.Failed(v.Errors);
        }

        var (session, pairing, error) = await FindAsync(m, key, m.Input.SessionId);
        if (session is null)
        {
            return SessionNotePayload.Failed([error!]);
        }

        var me = m.Caller().MentorId!.Value;
        var note = await m.Db.SessionNotes.SingleOrDefaultAsync(n => n.SessionId == session.Id && n.AuthorMentorId == me, m.CancellationToken);
        if (note is null)
        {
            note = new SessionNote { SessionId = session.Id, AuthorMentorId = me, AuthorEmployerId = me == pairing!.MentorAId ? pairing.EmployerAId : pairing.EmployerBId, Text = text };
            m.Db.SessionNotes.Add(note);
        }

        note.Text = text;
        note.UpdatedAt = m.Clock.GetUtcNow();
        await m.Db.SaveChangesAsync(m.CancellationToken);
        return new SessionNotePayload(note, null);
    }

    /// <summary>The session, for one of its two mentors; not found for anyone who cannot see its pairing, refused for others who can.</summary>
    private static async Task<(PairingSession? Session, Pairing? Pairing, UserError? Error)> FindAsync(MutationContext m, int key, string sessionId, bool lockRow = false)
    {
        var session = lockRow
            ? (await m.Db.PairingSessions.FromSql($"SELECT * FROM pairing_sessions WHERE id = {key} FOR UPDATE").ToListAsync(m.CancellationToken)).SingleOrDefault()
            : await m.Db.PairingSessions.SingleOrDefaultAsync(s => s.Id == key, m.CancellationToken);
        var pairing = session is null ? null : await m.Db.Pairings.AsNoTracking().SingleAsync(p => p.Id == session.PairingId, m.CancellationToken);
        if (session is null || !PairingAccess.IsVisible(m.Caller(), pairing!))
        {
            return (null, null, new SessionNotFoundError($"No session has the ID {sessionId}.", sessionId));
        }

        return PairingAccess.IsMentorOf(m.Caller(), pairing!) ? (session, pairing, null) : (null, null, m.NotOwner());
    }

    /// <summary>
    /// Why the session may not be at its time: the pairing is not meeting, the session falls outside its programme's
    /// timeframe, or either mentor has another session then. The two mentors' rows are locked first (in ID order), so that
    /// sessions scheduled at once are checked one after the other.
    /// </summary>
    private static async Task<List<UserError>> RefusalsAsync(MutationContext m, Pairing pairing, PairingSession session)
    {
        var errors = new List<UserError>();
        if (pairing.Status is not (PairingStatus.Accepted or PairingStatus.Active))
        {
            errors.Add(new PairingNotMeetingError(
                $"Sessions are for ACCEPTED and ACTIVE pairings; this one is {pairing.Status.ToString().ToUpperInvariant()}.", GlobalId.Serialize("Pairing", pairing.Id), pairing.Status));
            return errors;
        }

        var programme = await m.Db.ProgrammePairings.Where(l => l.PairingId == pairing.Id)
            .Join(m.Db.Programmes, l => l.ProgrammeId, p => p.Id, (_, p) => new { p.StartsOn, p.EndsOn })
            .SingleOrDefaultAsync(m.CancellationToken);
        var local = SessionTimes.Local(session.StartsAt, session.TimeZone);
        var localEnd = SessionTimes.Local(session.EndsAt, session.TimeZone);
        if (programme is not null && (DateOnly.FromDateTime(local.DateTime) < programme.StartsOn || DateOnly.FromDateTime(localEnd.DateTime) > programme.EndsOn))
        {
            errors.Add(new OutsideProgrammeTimeframeError(
                $"The pairing's programme runs from {programme.StartsOn:yyyy-MM-dd} to {programme.EndsOn:yyyy-MM-dd}; its sessions fall within those days.", programme.StartsOn, programme.EndsOn));
        }

        await m.Db.Database.ExecuteSqlAsync(
            $"SELECT id FROM mentors WHERE id IN ({pairing.MentorAId}, {pairing.MentorBId}) ORDER BY id FOR UPDATE", m.CancellationToken);
        int[] mentors = [pairing.MentorAId, pairing.MentorBId];
        var clashes = await m.Db.PairingSessions.AsNoTracking()
            .Where(s => s.Id != session.Id && s.Status == SessionStatus.Scheduled && s.StartsAt < session.EndsAt && s.EndsAt > session.StartsAt
                && (mentors.Contains(s.MentorAId) || mentors.Contains(s.MentorBId)))
            .Select(s => new { s.MentorAId, s.MentorBId })
            .ToListAsync(m.CancellationToken);
        foreach (var mentor in mentors.Where(id => clashes.Any(c => c.MentorAId == id || c.MentorBId == id)))
        {
            // Which session it clashes with is not said: it may be the partner's with someone else.
            var who = m.Caller().IsMentor(mentor) ? "You have" : "Your partner has";
            errors.Add(new SessionOverlapError($"{who} another session at that time.", GlobalId.Serialize("Mentor", mentor)));
        }

        return errors;
    }

    private static void StartsInTheFuture(InputValidator v, DateTimeOffset startsAt, DateTimeOffset now)
    {
        if (startsAt <= now)
        {
            v.Add(new InvalidDateError("startsAt must be in the future.", "startsAt"));
        }
        else if (startsAt > now + SessionRules.MaxLeadTime)
        {
            v.Add(new InvalidDateError($"startsAt must be within {SessionRules.MaxLeadTime.TotalDays:0} days.", "startsAt"));
        }
    }

    private static string? Blank(InputValidator v, string field, string message)
    {
        v.Add(new BlankValueError(message, field));
        return null;
    }

    private static InvalidSessionTransitionError NotMovable(string sessionId, PairingSession session, string verb) =>
        new($"Only a SCHEDULED session that is not over can be {verb}; this one is {Name(session.Status)}{(session.Status == SessionStatus.Scheduled ? " and over" : string.Empty)}.", sessionId, session.Status);

    private static string Name(SessionStatus status) => status.ToString().ToUpperInvariant();
}
