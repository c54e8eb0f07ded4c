using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.Sessions;

namespace Network.Server.Seeding;

/// <summary>
/// A history of sessions for the running demo programme's active pairings, so that health and check-ins have
/// something to show. Each meets online on a weekday morning at its programme's cadence from the week after it
/// became active: most sessions held, about one in ten missed by one side, and the next one scheduled if it falls
/// within the programme's timeframe (as the scheduler requires). The pairing that became active first stopped
/// meeting three to five weeks ago, and the next has not met for a month (the concerns raised about them put them
/// at risk, and a pause stalls the second). Sessions are in London time and stored in UTC.
/// </summary>
internal static class DemoSessions
{
    public static List<PairingSession> For(Programme programme, IReadOnlyList<Pairing> pairings, DemoRandom random, DateTimeOffset now)
    {
        var (everyWeeks, minutes) = (programme.SessionEveryWeeks, programme.SessionMinutes);
        var sessions = new List<PairingSession>();
        var active = pairings.Where(p => p.Status == PairingStatus.Active && p.ActivatedAt is not null).OrderBy(p => p.ActivatedAt).ThenBy(p => p.Id).ToList();
        for (var i = 0; i < active.Count; i++)
        {
            var pairing = active[i];
            var lapsed = i == 0;
            var behind = i == 1;
            var start = Morning(pairing.ActivatedAt!.Value.AddDays(7), random);
            var stopAt = lapsed ? now.AddDays(-24) : behind ? now.AddDays(-30) : now;
            var skills = pairing.Skills.Select(s => s.SkillId).Distinct().ToList();
            for (var at = start; at < stopAt; at = Morning(at.AddDays(everyWeeks * 7), random))
            {
                var session = New(pairing, at, minutes, skills, random);
                session.Status = random.Chance(10) ? SessionStatus.Missed : SessionStatus.Held;
                List<int> absent = session.Status == SessionStatus.Missed ? [random.Chance(50) ? pairing.MentorAId : pairing.MentorBId] : [];
                session.AbsentReportedByA = absent;
                session.AbsentReportedByB = [.. absent];
                session.ReportedAt = session.EndsAt.AddHours(random.Between(1, 48));
                session.UpdatedAt = session.ReportedAt.Value;
                sessions.Add(session);
            }

            var next = Morning(now.AddDays(random.Between(2, everyWeeks * 7)), random);
            if (!lapsed && !behind && LocalDate(next.AddMinutes(minutes)) <= programme.EndsOn)
            {
                sessions.Add(New(pairing, next, minutes, skills, random));
            }
        }

        return sessions;
    }

    private static PairingSession New(Pairing pairing, DateTimeOffset at, int minutes, List<int> skills, DemoRandom random)
    {
        var scheduledAt = at.AddDays(-random.Between(3, 10));
        return new PairingSession
        {
            PairingId = pairing.Id,
            MentorAId = pairing.MentorAId,
            MentorBId = pairing.MentorBId,
            StartsAt = at,
            EndsAt = at.AddMinutes(minutes),
            TimeZone = SessionRules.DefaultTimeZone,
            DurationMinutes = minutes,
            Format = SessionFormat.Online,
            OnlineLink = $"https://meet.example.org/pairing-{pairing.Id}",
            AgendaSkillIds = skills.Count == 0 ? [] : [random.Pick(skills)],
            Status = SessionStatus.Scheduled,
            ScheduledByMentorId = random.Chance(50) ? pairing.MentorAId : pairing.MentorBId,
            ScheduledAt = scheduledAt,
            UpdatedAt = scheduledAt,
        };
    }

    /// <summary>The London date of a moment, as the scheduler compares a session with its programme's days.</summary>
    private static DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(SessionTimes.Local(at, SessionRules.DefaultTimeZone).DateTime);

    /// <summary>The weekday on or after <paramref name="day"/> at 9:30, 10:00 or 10:30 London time, in UTC.</summary>
    private static DateTimeOffset Morning(DateTimeOffset day, DemoRandom random)
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById(SessionRules.DefaultTimeZone);
        var date = day.UtcDateTime.Date;
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            date = date.AddDays(1);
        }

        var local = DateTime.SpecifyKind(date.AddHours(9).AddMinutes(30 * random.Between(1, 3)), DateTimeKind.Unspecified);
        return new DateTimeOffset(local, london.GetUtcOffset(local)).ToUniversalTime();
    }
}
