using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Programmes;

namespace Network.Server.Sessions;

/// <summary>Measures SESSIONS_HELD objectives: the sessions of the programme's pairings that both mentors reported HELD.</summary>
internal sealed class SessionsHeldMeasure : IObjectiveMeasureSource
{
    public ObjectiveMeasure Measure => ObjectiveMeasure.SessionsHeld;

    public async Task<IReadOnlyDictionary<int, double>> MeasureAsync(NetworkDbContext db, IReadOnlyList<ProgrammeObjective> objectives, CancellationToken cancellationToken)
    {
        int[] programmeIds = [.. objectives.Select(o => o.ProgrammeId).Distinct()];
        var held = await db.ProgrammePairings
            .Where(l => programmeIds.Contains(l.ProgrammeId))
            .Join(db.PairingSessions.Where(s => s.Status == SessionStatus.Held), l => l.PairingId, s => s.PairingId, (l, _) => l.ProgrammeId)
            .GroupBy(programmeId => programmeId)
            .Select(g => new { ProgrammeId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ProgrammeId, g => g.Count, cancellationToken);
        return objectives.ToDictionary(o => o.Id, o => (double)held.GetValueOrDefault(o.ProgrammeId));
    }
}
