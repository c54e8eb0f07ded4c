using Microsoft.EntityFrameworkCore;
using Network.Server.Agreements;
using Network.Server.Concerns;
using Network.Server.Data;
using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.Sessions;

namespace Network.Server.CheckIns;

/// <summary>
/// Computes the health of programme pairings in a handful of queries, whatever their number: the pairings with
/// their programme's cadence (or the cadence of their agreed agreement), their sessions, their latest agreed
/// goals and their open concerns. The rules, in order of urgency:
/// <list type="bullet">
/// <item>STALLED: the pairing is paused, or has had no session for three times its cadence and has none scheduled.</item>
/// <item>AT_RISK: a concern about it is open; it has had no session for one and a half times its cadence and has none scheduled;
/// two of its last three sessions were missed; or it has held two or more fewer sessions than its cadence expects by now.</item>
/// <item>ON_TRACK otherwise.</item>
/// </list>
/// Time is counted from its last held session, or from when it became active (or accepted) while it has held none.
/// </summary>
public static class PairingHealthReader
{
    public static async Task<List<PairingHealth>> ReadAsync(NetworkDbContext db, IQueryable<ProgrammePairing> links, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pairings = await links
            .Where(l => l.Pairing!.Status == PairingStatus.Accepted || l.Pairing.Status == PairingStatus.Active || l.Pairing.Status == PairingStatus.Paused)
            .Join(db.Programmes, l => l.ProgrammeId, p => p.Id, (l, p) => new
            {
                l.PairingId,
                l.ProgrammeId,
                l.Pairing!.Status,
                Since = l.Pairing.ActivatedAt ?? l.Pairing.AcceptedAt ?? l.Pairing.ProposedAt,
                p.SessionEveryWeeks,
            })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        int[] ids = [.. pairings.Select(p => p.PairingId)];
        var sessions = (await db.PairingSessions.AsNoTracking()
            .Where(s => ids.Contains(s.PairingId) && s.Status != SessionStatus.Cancelled)
            .Select(s => new { s.PairingId, s.StartsAt, s.Status, s.AgendaSkillIds })
            .ToListAsync(cancellationToken)).ToLookup(s => s.PairingId);
        var concerns = await db.ConcernReports.AsNoTracking()
            .Where(c => c.AboutPairingId != null && ids.Contains(c.AboutPairingId.Value) && (c.Status == ConcernStatus.Open || c.Status == ConcernStatus.Acknowledged))
            .GroupBy(c => c.AboutPairingId!.Value)
            .Select(g => new { PairingId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.PairingId, g => g.Count, cancellationToken);
        var agreements = (await db.PairingAgreements.AsNoTracking()
            .Where(a => ids.Contains(a.PairingId) && a.MentorAConfirmedAt != null && a.MentorBConfirmedAt != null)
            .Include(a => a.Goals)
            .ToListAsync(cancellationToken))
            .GroupBy(a => a.PairingId)
            .ToDictionary(g => g.Key, g => g.MaxBy(a => a.Version)!);

        return [.. pairings.Select(p =>
        {
            var agreement = agreements.GetValueOrDefault(p.PairingId);
            var cadence = agreement?.EveryWeeks ?? p.SessionEveryWeeks;
            var own = sessions[p.PairingId].ToList();
            var held = own.Where(s => s.Status == SessionStatus.Held).ToList();
            var lastHeld = held.Count == 0 ? (DateTimeOffset?)null : held.Max(s => s.StartsAt);
            var upcoming = own.Count(s => s.Status == SessionStatus.Scheduled && s.StartsAt > now);
            var past = own.Where(s => s.StartsAt <= now && s.Status != SessionStatus.Scheduled).OrderByDescending(s => s.StartsAt).Take(3).ToList();
            var missedRecently = past.Count(s => s.Status == SessionStatus.Missed);
            var days = (int)Math.Floor((now - (lastHeld ?? p.Since)).TotalDays);
            var expected = (int)Math.Floor((now - p.Since).TotalDays / (cadence * 7.0));
            var cadenceDays = cadence * 7;
            var openConcerns = concerns.GetValueOrDefault(p.PairingId);
            var goals = agreement?.Goals ?? [];
            var workedOn = held.SelectMany(s => s.AgendaSkillIds).ToHashSet();

            var stalled = new List<string>();
            var atRisk = new List<string>();
            if (p.Status == PairingStatus.Paused)
            {
                stalled.Add("Paused while a concern is looked into.");
            }

            if (upcoming == 0 && days > 3 * cadenceDays)
            {
                stalled.Add($"No session for {days} days, three times its cadence of every {cadence} weeks, and none scheduled.");
            }
            else if (upcoming == 0 && days > 1.5 * cadenceDays)
            {
                atRisk.Add($"No session for {days} days against a cadence of every {cadence} weeks, and none scheduled.");
            }

            if (openConcerns > 0)
            {
                atRisk.Add(openConcerns == 1 ? "A concern about it is open." : $"{openConcerns} concerns about it are open.");
            }

            if (missedRecently >= 2)
            {
                atRisk.Add($"{missedRecently} of its last {past.Count} sessions were missed.");
            }

            if (expected - held.Count >= 2)
            {
                atRisk.Add($"{held.Count} {(held.Count == 1 ? "session" : "sessions")} held where its cadence expects {expected} by now.");
            }

            var status = stalled.Count > 0 ? PairingHealthStatus.Stalled : atRisk.Count > 0 ? PairingHealthStatus.AtRisk : PairingHealthStatus.OnTrack;
            IReadOnlyList<string> reasons = [.. stalled, .. atRisk];
            return new PairingHealth(
                p.PairingId,
                p.ProgrammeId,
                status,
                reasons.Count > 0 ? reasons : ["Meeting as its cadence expects, with nothing open."],
                cadence,
                held.Count,
                own.Count(s => s.Status == SessionStatus.Missed),
                expected,
                upcoming,
                lastHeld,
                days,
                goals.Count,
                goals.Count(g => workedOn.Contains(g.SkillId)),
                openConcerns);
        })];
    }
}
