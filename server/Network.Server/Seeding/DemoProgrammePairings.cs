using Network.Server.Data;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Matching;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.Scoring;
using static Network.Server.Seeding.DemoMoments;

namespace Network.Server.Seeding;

/// <summary>
/// Pairs a running demo programme's mentors as its coordinator would: <c>planPairings</c> on the programme's
/// pool (its enrolled, trained mentors who accepted its code of conduct, scored for its objectives), then
/// <c>confirmPairingPlan</c>, each pair checked by the rules every proposal meets. The pairs then move on as
/// their mentors act: most accepted by both and meeting (ACTIVE), some accepted and about to start, and the
/// latest still PROPOSED, perhaps accepted by one side. Every step is the pairing's own transition, so its
/// history reads as it would have happened.
/// </summary>
internal sealed class DemoProgrammePairings(NetworkDbContext db, PairScorer scorer, DemoRandom random, DateTimeOffset now)
{
    private static readonly Weighted<PairingStatus> Statuses = new((PairingStatus.Active, 70), (PairingStatus.Accepted, 15), (PairingStatus.Proposed, 15));

    public async Task<List<Pairing>> PairAsync(Programme programme, DemoProgrammeRows rows, CancellationToken cancellationToken)
    {
        var ready = await ProgrammePairingPool.ReadyMentorIdsAsync(db, programme.Id, cancellationToken);
        if (ready.Length < 2)
        {
            return [];
        }

        var focused = scorer.Focused(await ProgrammePairingPool.FocusAsync(db, programme.Id, cancellationToken));
        var (pool, constraints) = await PlanningMutations.LoadPoolAsync(db, db.Mentors.Where(m => ready.Contains(m.Id)), cancellationToken);
        var plan = new CohortPlanner(focused).Plan(pool, constraints, maximizeCardinality: false, cancellationToken);
        var pairs = plan.Pairs.Take(programme.MaxPairs).ToList();
        var proposals = await PairingProposals.LoadAsync(db, [.. pairs.SelectMany(p => new[] { p.MentorId, p.PartnerId })], cancellationToken);
        var pairings = new List<Pairing>(pairs.Count);
        foreach (var pair in pairs)
        {
            var earliest = Later(programme.StartedAt!.Value.AddDays(3), Later(ReadySince(programme, pair.MentorId, rows), ReadySince(programme, pair.PartnerId, rows))).AddHours(1);
            var errors = new List<UserError>();
            var status = Feasible(Statuses.PickWith(random), earliest);
            var proposedAt = ProposedAt(status, earliest);
            var pairing = proposals.Propose(Mentor(pair.MentorId), Mentor(pair.PartnerId), pair.Format, focused, DemoActors.Coordinator, proposedAt, errors)
                ?? throw new InvalidOperationException($"The demo pair {pair.MentorId} and {pair.PartnerId} cannot be proposed: {string.Join(" ", errors.Select(e => e.Message))}");
            MoveOn(pairing, status, proposedAt);
            pairings.Add(pairing);
        }

        // Written in the order they were proposed, so that their IDs follow one another as the API's would.
        pairings.Sort((x, y) => x.ProposedAt.CompareTo(y.ProposedAt));
        foreach (var pairing in pairings)
        {
            db.Pairings.Add(pairing);
            db.ProgrammePairings.Add(new ProgrammePairing { Pairing = pairing, ProgrammeId = programme.Id });
        }

        return pairings;
    }

    /// <summary>The most a pair proposed at <paramref name="earliest"/> can have come to by now: meeting takes a fortnight, accepting a few days.</summary>
    private PairingStatus Feasible(PairingStatus wanted, DateTimeOffset earliest) => wanted switch
    {
        PairingStatus.Active when earliest <= now.AddDays(-14) => PairingStatus.Active,
        PairingStatus.Active or PairingStatus.Accepted when earliest <= now.AddDays(-5) => PairingStatus.Accepted,
        _ => PairingStatus.Proposed,
    };

    /// <summary>Pairs now meeting were mostly confirmed in the programme's first weeks; the others more recently.</summary>
    private DateTimeOffset ProposedAt(PairingStatus status, DateTimeOffset earliest) => status switch
    {
        PairingStatus.Active => random.Between(earliest, Earlier(earliest.AddDays(7), now.AddDays(-14))),
        PairingStatus.Accepted => random.Between(Later(earliest, now.AddDays(-21)), now.AddDays(-5)),
        _ => random.Between(Later(earliest, now.AddDays(-10)), now.AddHours(-2)),
    };

    /// <summary>Each side accepts within a few days; an accepted pair starts meeting within ten days. A proposal may have one side's acceptance.</summary>
    private void MoveOn(Pairing pairing, PairingStatus status, DateTimeOffset proposedAt)
    {
        var latest = now.AddHours(-1);
        var sides = new[] { PairingSide.A, PairingSide.B }.Select(side => (Side: side, At: random.Between(proposedAt.AddHours(2), Earlier(proposedAt.AddDays(4), latest)))).OrderBy(s => s.At).ToList();
        if (status == PairingStatus.Proposed)
        {
            if (random.Chance(50))
            {
                Accept(pairing, sides[0].Side, sides[0].At);
            }

            return;
        }

        foreach (var (side, at) in sides)
        {
            Accept(pairing, side, at);
        }

        var last = DemoActors.Mentor(pairing.MentorId(sides[1].Side));
        pairing.CompleteAcceptance(last, sides[1].At);
        if (status == PairingStatus.Active)
        {
            var by = DemoActors.Mentor(pairing.MentorId(random.Chance(50) ? PairingSide.A : PairingSide.B));
            pairing.Activate(by, random.Between(sides[1].At.AddDays(1), Earlier(sides[1].At.AddDays(10), latest)));
        }
    }

    /// <summary>A side accepts: its mentor and, where its employer requires approval, an admin of the employer.</summary>
    private static void Accept(Pairing pairing, PairingSide side, DateTimeOffset at)
    {
        pairing.Accept(DemoActors.Mentor(pairing.MentorId(side)), at);
        if (pairing.EmployerApprovalRequired(side))
        {
            pairing.Accept(DemoActors.EmployerAdmin(pairing.EmployerId(side)), at);
        }
    }

    /// <summary>When the mentor had enrolled and completed every module the programme requires.</summary>
    private static DateTimeOffset ReadySince(Programme programme, int mentorId, DemoProgrammeRows rows)
    {
        var enrolled = rows.Enrolments.Single(e => e.ProgrammeId == programme.Id && e.MentorId == mentorId).EnrolledAt!.Value;
        return programme.RequiredTrainingModuleIds.Aggregate(enrolled, (ready, module) => Later(ready, rows.Training[(mentorId, module)].CompletedAt));
    }

    private static ProposedMentor Mentor(int id) => new(id, GlobalId.Serialize("Mentor", id));
}
