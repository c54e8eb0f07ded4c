using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Geo;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Scoring;
using Network.Server.SkillsGaps;
using Npgsql;

namespace Network.Server.Pairings;

/// <summary>
/// Checks proposals and builds their pairings. Everything a batch of proposals needs (the mentors with
/// their skills and employers, the open pairings and the blocks among them, their employers' open gaps)
/// is read in four queries, so that <c>proposePairing</c> and <c>confirmPairingPlan</c>, which proposes
/// a whole plan, apply the same rules at the same cost per request.
/// </summary>
internal sealed class PairingProposals
{
    /// <summary>Why a blocked pair cannot be paired, for those who may not know of the block.</summary>
    public const string NotAvailableReason = "This pair is not available for pairing.";

    private readonly Dictionary<int, Mentor> _mentors;
    private readonly Dictionary<(int A, int B), int> _openPairings;
    private readonly HashSet<(int MentorId, int BlockedMentorId)> _blocks;
    private readonly ILookup<int, int> _openGapSkills;

    private PairingProposals(
        Dictionary<int, Mentor> mentors, Dictionary<(int A, int B), int> openPairings, HashSet<(int, int)> blocks, ILookup<int, int> openGapSkills)
    {
        _mentors = mentors;
        _openPairings = openPairings;
        _blocks = blocks;
        _openGapSkills = openGapSkills;
    }

    public static async Task<PairingProposals> LoadAsync(NetworkDbContext db, IReadOnlyCollection<int> mentorIds, CancellationToken cancellationToken)
    {
        var ids = mentorIds.Distinct().ToArray();
        var mentors = await db.Mentors.AsNoTracking().AsSplitQuery()
            .Include(x => x.Employer).Include(x => x.Offers).Include(x => x.Wants)
            .Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, cancellationToken);
        var open = await db.Pairings.AsNoTracking()
            .Where(p => ids.Contains(p.MentorAId) && ids.Contains(p.MentorBId) && Pairing.OpenStatuses.Contains(p.Status))
            .Select(p => new { p.MentorAId, p.MentorBId, p.Id })
            .ToDictionaryAsync(p => (p.MentorAId, p.MentorBId), p => p.Id, cancellationToken);
        var blocks = await db.MentorBlocks.AsNoTracking()
            .Where(b => ids.Contains(b.MentorId) && ids.Contains(b.BlockedMentorId))
            .Select(b => new { b.MentorId, b.BlockedMentorId })
            .ToListAsync(cancellationToken);
        var employerIds = mentors.Values.Select(x => x.EmployerId).Distinct().ToArray();
        var gaps = await db.SkillsGaps.AsNoTracking()
            .Where(g => employerIds.Contains(g.EmployerId) && g.Status == SkillsGapStatus.Open)
            .Select(g => new { g.EmployerId, g.SkillId })
            .ToListAsync(cancellationToken);
        return new PairingProposals(mentors, open, [.. blocks.Select(b => (b.MentorId, b.BlockedMentorId))], gaps.ToLookup(g => g.EmployerId, g => g.SkillId));
    }

    /// <summary>Whether saving failed because a concurrent proposal opened a pairing of the same two mentors first.</summary>
    public static bool IsOpenPairRace(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: PairingConfiguration.OpenPairIndex };

    /// <summary>The error for a proposal that lost the race to a concurrent one of the same two mentors, naming the pairing that won.</summary>
    public static async Task<PairingAlreadyOpenError> AlreadyOpenAsync(NetworkDbContext db, int mentorAId, int mentorBId, CancellationToken cancellationToken)
    {
        var open = await db.Pairings.AsNoTracking()
            .Where(p => p.MentorAId == mentorAId && p.MentorBId == mentorBId && Pairing.OpenStatuses.Contains(p.Status))
            .Select(p => (int?)p.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return AlreadyOpen(open ?? 0);
    }

    public Mentor? Mentor(int id) => _mentors.GetValueOrDefault(id);

    /// <summary>
    /// Checks a proposal of two mentors, in the order a person would fix them: both exist; they are two
    /// people of different employers, neither withdrawn; they have no open pairing yet; they can meet in
    /// the format asked (or any, when none is); neither has blocked the other, and the scorer finds them
    /// eligible. Returns the new pairing with its first events, not yet added to a context, or null with
    /// the reasons added to <paramref name="errors"/>.
    /// </summary>
    public Pairing? Propose(
        ProposedMentor mentorId, ProposedMentor partnerId, MentoringFormat? askedFormat, PairScorer scorer, Caller caller, DateTimeOffset now, List<UserError> errors)
    {
        var mentor = Mentor(mentorId.Key);
        var partner = Mentor(partnerId.Key);
        if (mentor is null)
        {
            errors.Add(new MentorNotFoundError($"No mentor has the ID {mentorId.Id}.", mentorId.Id));
        }

        if (partner is null)
        {
            errors.Add(new MentorNotFoundError($"No mentor has the ID {partnerId.Id}.", partnerId.Id));
        }

        if (mentor is null || partner is null)
        {
            return null;
        }

        var found = errors.Count;
        if (mentor.Id == partner.Id)
        {
            errors.Add(new SameEmployerError("A mentor cannot be paired with themself.", mentorId.Id, partnerId.Id));
        }
        else if (mentor.EmployerId == partner.EmployerId)
        {
            errors.Add(new SameEmployerError("The two mentors work for the same employer; pairings are across companies.", mentorId.Id, partnerId.Id));
        }

        foreach (var (withdrawn, id) in new[] { (mentor, mentorId.Id), (partner, partnerId.Id) }.Where(x => x.Item1.Status == MentorStatus.Withdrawn).DistinctBy(x => x.Item1.Id))
        {
            errors.Add(new MentorWithdrawnError("The mentor has withdrawn and cannot be paired.", id));
        }

        if (errors.Count > found)
        {
            return null;
        }

        var (a, b) = mentor.Id < partner.Id ? (mentor, partner) : (partner, mentor);
        if (_openPairings.TryGetValue((a.Id, b.Id), out var open))
        {
            errors.Add(AlreadyOpen(open));
            return null;
        }

        var distance = GreatCircle.Kilometres(a.Location.Y, a.Location.X, b.Location.Y, b.Location.X);
        var withinTravel = distance <= Math.Min(a.MaxTravelKm, b.MaxTravelKm);
        var format = askedFormat is { } asked
            ? (CanMeetIn(asked, a.Format, b.Format, withinTravel) ? asked : null)
            : PairScorer.Format(a.Format, b.Format, withinTravel);
        if (format is null)
        {
            errors.Add(new NoCommonFormatError(
                askedFormat is { } wanted
                    ? $"The two mentors cannot meet {FormatName(wanted)}: their formats and travel limits do not allow it."
                    : "The two mentors cannot meet: one meets only online and the other only in person, or they are beyond their travel limits.",
                askedFormat));
            return null;
        }

        if (Blocked(a, b, caller) is { } blocked)
        {
            errors.Add(blocked);
            return null;
        }

        var score = scorer.Score(Profile(a), Profile(b));
        if (!score.IsEligible)
        {
            errors.Add(new PairingNotEligibleError($"The two mentors cannot be paired: {score.Reasons[0]}", score.Reasons[0]));
            return null;
        }

        return Pairing.Propose(a, b, format.Value, score, caller, now);
    }

    /// <summary>
    /// A pair one of whom has blocked the other is refused as a pair the scorer finds ineligible is, in words
    /// that tell nobody of the block but those who may see it: the mentor who blocked, and administrators.
    /// </summary>
    private PairingNotEligibleError? Blocked(Mentor a, Mentor b, Caller caller)
    {
        int[] blockers = [.. new[] { (a.Id, b.Id), (b.Id, a.Id) }.Where(_blocks.Contains).Select(pair => pair.Item1)];
        if (blockers.Length == 0)
        {
            return null;
        }

        var reason = caller.IsAdmin ? "One of the two has blocked the other."
            : blockers.Any(caller.IsMentor) ? "You have blocked this mentor; unblock them to propose a pairing."
            : NotAvailableReason;
        return new PairingNotEligibleError($"The two mentors cannot be paired: {reason}", reason);
    }

    private MatchProfile Profile(Mentor mentor) => new(
        mentor.Id,
        mentor.EmployerId,
        mentor.Employer!.Sector,
        mentor.CareerStage,
        mentor.Format,
        mentor.MaxTravelKm,
        mentor.Availability.ToHashSet(),
        mentor.Location.Y,
        mentor.Location.X,
        mentor.Offers.ToDictionary(s => s.SkillId, s => s.Level),
        mentor.Wants.ToDictionary(s => s.SkillId, s => s.Level),
        _openGapSkills[mentor.EmployerId].ToHashSet());

    /// <summary>Whether mentors of these formats, this far apart, can meet in <paramref name="format"/>.</summary>
    private static bool CanMeetIn(MentoringFormat format, MentoringFormat a, MentoringFormat b, bool withinTravel) => format switch
    {
        MentoringFormat.Online => a != MentoringFormat.InPerson && b != MentoringFormat.InPerson,
        MentoringFormat.InPerson => a != MentoringFormat.Online && b != MentoringFormat.Online && withinTravel,
        _ => a == MentoringFormat.Hybrid && b == MentoringFormat.Hybrid && withinTravel,
    };

    private static PairingAlreadyOpenError AlreadyOpen(int pairingId) =>
        new("The two mentors already have a proposed, accepted, active or paused pairing.", GlobalId.Serialize("Pairing", pairingId));

    private static string FormatName(MentoringFormat format) => format switch
    {
        MentoringFormat.InPerson => "in person",
        MentoringFormat.Online => "online",
        _ => "in a hybrid format",
    };
}
