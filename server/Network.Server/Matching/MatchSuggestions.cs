using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Server.Data;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Scoring;
using Network.Server.SkillsGaps;

namespace Network.Server.Matching;

/// <summary>
/// The best partners for one mentor. The database shortlists, nearest first through the spatial index,
/// active mentors of other employers who want something the mentor offers or offer something the
/// mentor wants, who have room for another pairing, have none open with the mentor already, and
/// neither blocked nor were blocked by the mentor; only that shortlist is scored, so the work does not
/// grow with the size of the network.
/// </summary>
public sealed class MatchSuggestions(IDbContextFactory<NetworkDbContext> factory, PairScorer scorer, IOptions<MatchingOptions> options)
{
    /// <summary>The top <paramref name="count"/> eligible partners, best first; null when the mentor does not exist.</summary>
    public async Task<IReadOnlyList<MentorMatch>?> SuggestAsync(int mentorId, int count, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var mentor = await Profiles(db, db.Mentors.Where(m => m.Id == mentorId)).SingleOrDefaultAsync(cancellationToken);
        if (mentor is null)
        {
            return null;
        }

        var offers = mentor.Offers.Select(o => o.SkillId).ToArray();
        var wants = mentor.Wants.Select(w => w.SkillId).ToArray();
        var origin = mentor.Location;
        var size = options.Value.Shortlist;

        var candidates = EligibleCandidates(db, mentorId, mentor, offers, wants);

        // The shortlist is ordered by distance, then ID among mentors at the same place (locations are
        // district centres, so ties are common). PostgreSQL walks the GiST index nearest first only for
        // an ORDER BY of <-> alone, so that walk first finds how far the shortlist reaches; the
        // shortlist itself is then read from the index within that distance, with a metre to spare for
        // rounding (the sort and limit below discard the spare rows), and ordered with the tie-breaker.
        var reach = await candidates
            .OrderBy(m => EF.Functions.DistanceKnn(m.Location, origin))
            .Select(m => (double?)EF.Functions.DistanceKnn(m.Location, origin))
            .Skip(size - 1)
            .FirstOrDefaultAsync(cancellationToken);
        var within = reach + 1 ?? 0;
        if (reach is not null)
        {
            candidates = candidates.Where(m => EF.Functions.IsWithinDistance(m.Location, origin, within, false));
        }

        var shortlist = await Profiles(db, candidates
                .OrderBy(m => EF.Functions.DistanceKnn(m.Location, origin))
                .ThenBy(m => m.Id)
                .Take(size))
            .ToListAsync(cancellationToken);

        var me = mentor.ToProfile();
        return shortlist
            .Select(candidate => (Candidate: candidate, Score: scorer.Score(me, candidate.ToProfile())))
            .Where(s => s.Score.IsEligible)
            .OrderByDescending(s => s.Score.Score)
            .ThenBy(s => s.Score.DistanceKm)
            .ThenBy(s => s.Score.PartnerId)
            .Take(count)
            .Select(s => new MentorMatch(s.Score, [.. GapsAddressed(s.Score.Teaches, s.Candidate), .. GapsAddressed(s.Score.Learns, mentor)]))
            .ToList();
    }

    /// <summary>
    /// The active mentors of other employers who could pair with the mentor: a skill one teaches and the other wants, room
    /// in their capacity, no open pairing of the two, and no block either way.
    /// </summary>
    private static IQueryable<Mentor> EligibleCandidates(NetworkDbContext db, int mentorId, CandidateRow mentor, int[] offers, int[] wants)
    {
        // Each skill test is a count per candidate, read from the skill tables' primary keys: as EXISTS
        // under OR, PostgreSQL would hash every mentor holding one of the skills before the first row.
        return db.Mentors
            .Where(m => m.Status == MentorStatus.Active && m.EmployerId != mentor.EmployerId)
            .Where(m => m.Offers.Count(o => wants.Contains(o.SkillId)) > 0 || m.Wants.Count(w => offers.Contains(w.SkillId)) > 0)
            .Where(m => db.Set<Pairing>().Count(p => (p.MentorAId == m.Id || p.MentorBId == m.Id)
                && (p.Status == PairingStatus.Accepted || p.Status == PairingStatus.Active || p.Status == PairingStatus.Paused)) < m.Capacity)
            .Where(m => !db.Set<Pairing>().Any(p => ((p.MentorAId == m.Id && p.MentorBId == mentorId) || (p.MentorAId == mentorId && p.MentorBId == m.Id))
                && (p.Status == PairingStatus.Proposed || p.Status == PairingStatus.Accepted || p.Status == PairingStatus.Active || p.Status == PairingStatus.Paused)))
            .Where(m => !db.Set<MentorBlock>().Any(b => b.MentorId == mentorId && b.BlockedMentorId == m.Id)
                && !db.Set<MentorBlock>().Any(b => b.MentorId == m.Id && b.BlockedMentorId == mentorId));
    }

    /// <summary>
    /// The match of the mentor with one candidate, as <see cref="SuggestAsync"/> would show it, or null when the two may not
    /// pair or either does not exist.
    /// </summary>
    public async Task<MentorMatch?> MatchAsync(int mentorId, int candidateId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var mentor = await Profiles(db, db.Mentors.Where(m => m.Id == mentorId && m.Status == MentorStatus.Active)).SingleOrDefaultAsync(cancellationToken);
        if (mentor is null)
        {
            return null;
        }

        int[] offers = [.. mentor.Offers.Select(o => o.SkillId)];
        int[] wants = [.. mentor.Wants.Select(w => w.SkillId)];
        var candidate = await Profiles(db, EligibleCandidates(db, mentorId, mentor, offers, wants).Where(m => m.Id == candidateId)).SingleOrDefaultAsync(cancellationToken);
        if (candidate is null)
        {
            return null;
        }

        var score = scorer.Score(mentor.ToProfile(), candidate.ToProfile());
        return score.IsEligible ? new MentorMatch(score, [.. GapsAddressed(score.Teaches, candidate), .. GapsAddressed(score.Learns, mentor)]) : null;
    }

    private static IEnumerable<int> GapsAddressed(IReadOnlyList<SkillFlow> flows, CandidateRow learner) =>
        flows.Where(f => f.AddressesGap).SelectMany(f => learner.OpenGaps.Where(g => g.SkillId == f.SkillId).Select(g => g.Id));

    /// <summary>What scoring needs of each mentor, in one query (collections included).</summary>
    internal static IQueryable<CandidateRow> Profiles(NetworkDbContext db, IQueryable<Mentor> mentors) => mentors.Select(m => new CandidateRow
    {
        Id = m.Id,
        EmployerId = m.EmployerId,
        Sector = m.Employer!.Sector,
        CareerStage = m.CareerStage,
        Format = m.Format,
        MaxTravelKm = m.MaxTravelKm,
        Capacity = m.Capacity,
        Availability = m.Availability,
        Location = m.Location,
        Offers = m.Offers.Select(o => new SkillRow(o.SkillId, o.Level)).ToList(),
        Wants = m.Wants.Select(w => new SkillRow(w.SkillId, w.Level)).ToList(),
        OpenGaps = db.Set<SkillsGap>().Where(g => g.EmployerId == m.EmployerId && g.Status == SkillsGapStatus.Open).Select(g => new GapRow(g.Id, g.SkillId)).ToList(),
    });

    internal sealed record SkillRow(int SkillId, SkillLevel Level);

    internal sealed record GapRow(int Id, int SkillId);

    internal sealed class CandidateRow
    {
        public int Id { get; init; }

        public int EmployerId { get; init; }

        public Skills.Sector Sector { get; init; }

        public CareerStage CareerStage { get; init; }

        public MentoringFormat Format { get; init; }

        public int MaxTravelKm { get; init; }

        public int Capacity { get; init; }

        public List<Availability> Availability { get; init; } = [];

        public required NetTopologySuite.Geometries.Point Location { get; init; }

        public List<SkillRow> Offers { get; init; } = [];

        public List<SkillRow> Wants { get; init; } = [];

        public List<GapRow> OpenGaps { get; init; } = [];

        public MatchProfile ToProfile() => new(
            Id, EmployerId, Sector, CareerStage, Format, MaxTravelKm, Availability.ToHashSet(), Location.Y, Location.X,
            Offers.ToDictionary(o => o.SkillId, o => o.Level),
            Wants.ToDictionary(w => w.SkillId, w => w.Level),
            OpenGaps.Select(g => g.SkillId).ToHashSet());
    }
}
