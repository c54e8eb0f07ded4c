using Network.Server.Concerns;
using Network.Server.Pairings;
using Network.Server.Programmes;

namespace Network.Server.Seeding;

/// <summary>
/// Two concerns in the running demo programme, so that a coordinator has something to triage: one just raised
/// about a pairing (OPEN), and an older one the coordinator acknowledged and then acted on by pausing the pairing
/// (ACTIONED). Each is raised by a mentor of one of the programme's earliest active pairings, about that pairing,
/// within the last two months (after the second pair's last session, <see cref="DemoSessions"/>).
/// </summary>
internal static class DemoConcerns
{
    public static IReadOnlyList<ConcernReport> For(Programme programme, IReadOnlyList<Pairing> pairings, IReadOnlyList<ProgrammeEnrolment> enrolments, DateTimeOffset now)
    {
        var active = pairings.Where(p => p.Status == PairingStatus.Active).OrderBy(p => p.ActivatedAt).ThenBy(p => p.Id).Take(2).ToList();
        if (active.Count < 2)
        {
            return [];
        }

        var employerOf = enrolments.Where(e => e.ProgrammeId == programme.Id).ToDictionary(e => e.MentorId, e => e.EmployerId);
        var open = Concern(
            programme,
            active[0],
            active[0].MentorAId,
            employerOf,
            ConcernCategory.ConfidentialityBreach,
            "My partner mentioned figures from my employer's tender to a colleague at their own firm. Could a coordinator remind them of the confidentiality part of the code of conduct?",
            Between(Recent(active[0], now), now, 0.9));
        var acknowledged = Concern(
            programme,
            active[1],
            active[1].MentorBId,
            employerOf,
            ConcernCategory.Other,
            "Our sessions keep being moved at a few hours' notice, and twice no one came. I would like help agreeing a fixed slot.",
            Between(Recent(active[1], now), now, 0.6));
        var actedAt = Between(acknowledged.ReportedAt, now, 0.3);
        acknowledged.Status = ConcernStatus.Acknowledged;
        acknowledged.UpdatedAt = actedAt;
        acknowledged.Actions.Add(new ConcernActionRecord
        {
            Action = ConcernTriageAction.Acknowledge,
            Status = ConcernStatus.Acknowledged,
            Note = "Spoke to both mentors; they agreed a fortnightly slot on Thursday mornings. Check again after two sessions.",
            ActorSubject = DemoActors.Coordinator.Subject!,
            ActedAt = actedAt,
        });

        // The coordinator then paused the pairing while speaking to both employers.
        var pausedAt = actedAt.AddDays(1) < now ? actedAt.AddDays(1) : actedAt;
        active[1].Pause(DemoActors.Coordinator, ConcernMutations.PausedNote, pausedAt);
        acknowledged.Status = ConcernStatus.Actioned;
        acknowledged.UpdatedAt = pausedAt;
        acknowledged.Actions.Add(new ConcernActionRecord
        {
            Action = ConcernTriageAction.PausePairing,
            Status = ConcernStatus.Actioned,
            Note = "Paused while I speak to both employers about the missed sessions.",
            ActorSubject = DemoActors.Coordinator.Subject!,
            ActedAt = pausedAt,
        });
        return [open, acknowledged];
    }

    private static ConcernReport Concern(
        Programme programme, Pairing pairing, int reporterId, Dictionary<int, int> employerOf, ConcernCategory category, string description, DateTimeOffset at) => new()
        {
            ProgrammeId = programme.Id,
            ReporterMentorId = reporterId,
            ReporterEmployerId = employerOf[reporterId],
            AboutPairingId = pairing.Id,
            Category = category,
            Description = description,
            Status = ConcernStatus.Open,
            ReportedAt = at,
            UpdatedAt = at,
        };

    /// <summary>The start of the last two months of the pairing's life.</summary>
    private static DateTimeOffset Recent(Pairing pairing, DateTimeOffset now) => pairing.ActivatedAt!.Value > now.AddDays(-60) ? pairing.ActivatedAt.Value : now.AddDays(-60);

    /// <summary>A moment <paramref name="fraction"/> of the way from <paramref name="from"/> to <paramref name="to"/>, to the minute.</summary>
    private static DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to, double fraction)
    {
        var at = from + ((to - from) * fraction);
        return new DateTimeOffset(at.Ticks - (at.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
    }
}
