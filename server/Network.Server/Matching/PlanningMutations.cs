using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Filtering;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.Scoring;

namespace Network.Server.Matching;

internal static class PlanningMutations
{
    public const int MaxPool = 2000;

    private static readonly AccessRule Coordinators = CallerAccess.Roles("coordinators and administrators", Role.Coordinator, Role.Admin);

    private static readonly MutationResult<PlanPairingsPayload> Result =
        new("plan", () => new GraphQLTypeReference("PairingPlan"), p => p.Plan, p => p.Errors, PlanPairingsPayload.Failed);

    private static readonly MutationResult<ConfirmPairingPlanPayload> ConfirmResult =
        new("pairings", () => new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Pairing"))), p => p.Pairings, p => p.Errors, ConfirmPairingPlanPayload.Failed);

    public static void AddPlanningMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<PlanPairingsInput, PlanPairingsPayload>(
            "planPairings",
            "Plans the pairing of a pool of active mentors that maximises the total score (an exact maximum-weight matching), with the unmatched and the candidate pairs considered. It changes nothing.",
            Coordinators,
            Result,
            PlanAsync);

        mutation.Mutation<ConfirmPairingPlanInput, ConfirmPairingPlanPayload>(
            "confirmPairingPlan",
            "Proposes the pairs of a plan, all in one go: if any pair cannot be proposed, none is, and the errors say which and why. " +
            "Each pair is checked as proposePairing checks it, and the mentors and, where required, their employers' admins then accept or decline as usual.",
            Coordinators,
            ConfirmResult,
            ConfirmAsync);
    }

    [Error<InvalidIdError>]
    [Error<MentorNotFoundError>]
    [Error<MentorWithdrawnError>]
    [Error<OutOfRangeError>]
    [Error<ProgrammeNotFoundError>]
    [Error<InvalidProgrammeTransitionError>]
    private static async Task<PlanPairingsPayload> PlanAsync(MutationContext<PlanPairingsInput> m)
    {
        var v = m.Validator;
        var input = m.Input.Pool;
        var scorer = m.Context.Service<PairScorer>();
        IQueryable<Mentor> pool;
        if (input.ProgrammeId is { } programmeId)
        {
            var key = v.Id("pool.programmeId", programmeId, "Programme");
            if (!v.IsValid)
            {
                return PlanPairingsPayload.Failed(v.Errors);
            }

            var programme = await m.Db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == key, m.CancellationToken);
            if (ProgrammeRefusal(m, programme, programmeId) is { } refused)
            {
                return PlanPairingsPayload.Failed([refused]);
            }

            int[] ready = await ProgrammePairingPool.ReadyMentorIdsAsync(m.Db, key, m.CancellationToken);
            pool = m.Db.Mentors.Where(x => ready.Contains(x.Id));
            scorer = scorer.Focused(await ProgrammePairingPool.FocusAsync(m.Db, key, m.CancellationToken));
        }
        else if (input.MentorIds is { } ids)
        {
            var parsed = ids.Select((id, i) => v.Id($"pool.mentorIds[{i}]", id, "Mentor")).ToArray();
            if (!v.IsValid)
            {
                return PlanPairingsPayload.Failed(v.Errors);
            }

            int[] keys = [.. parsed.Distinct()];
            var statuses = await m.Db.Mentors.AsNoTracking().Where(x => keys.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Status, m.CancellationToken);
            for (var i = 0; i < ids.Count; i++)
            {
                if (!statuses.TryGetValue(parsed[i], out var status))
                {
                    v.Add(new MentorNotFoundError($"No mentor has the ID {ids[i]}.", ids[i]));
                }
                else if (status != MentorStatus.Active)
                {
                    v.Add(new MentorWithdrawnError("The mentor has withdrawn and cannot be paired.", ids[i]));
                }
            }

            pool = m.Db.Mentors.Where(x => keys.Contains(x.Id));
        }
        else
        {
            pool = m.Db.Mentors.Where(x => x.Status == MentorStatus.Active);
            if (MentorFilters.Definition.Build(input.Where, m.Context.FilterScope(m.Db)) is { } filter)
            {
                pool = pool.Where(filter);
            }
        }

        var size = await pool.CountAsync(m.CancellationToken);
        if (v.IsValid && size is < 2 or > MaxPool)
        {
            var field = input.ProgrammeId is not null ? "pool.programmeId" : input.MentorIds is null ? "pool.where" : "pool.mentorIds";
            v.Add(new OutOfRangeError(
                input.ProgrammeId is not null
                    ? $"A pool holds 2 to {MaxPool} mentors; the programme has {size} ready to pair (enrolled, trained, the current code of conduct accepted)."
                    : $"A pool holds 2 to {MaxPool} mentors; this one holds {size}.",
                field,
                2,
                MaxPool));
        }

        if (!v.IsValid)
        {
            return PlanPairingsPayload.Failed(v.Errors);
        }

        var (profiles, constraints) = await LoadPoolAsync(m.Db, pool, m.CancellationToken);
        var planner = new CohortPlanner(scorer);
        var plan = planner.Plan(profiles, constraints, m.Input.MaximizeCardinality ?? false, m.CancellationToken);
        return new PlanPairingsPayload(plan, null);
    }

    /// <summary>What planning needs of the pool: each mentor's profile, in ID order, and what the pool's existing pairings rule out.</summary>
    internal static async Task<(MatchProfile[] Profiles, CohortConstraints Constraints)> LoadPoolAsync(NetworkDbContext db, IQueryable<Mentor> pool, CancellationToken cancellationToken)
    {
        var rows = await MatchSuggestions.Profiles(db, pool.AsNoTracking().OrderBy(x => x.Id)).AsSplitQuery().ToListAsync(cancellationToken);
        var constraints = await ConstraintsAsync(db, rows, cancellationToken);
        return ([.. rows.Select(r => r.ToProfile())], constraints);
    }

    [ProposalErrors]
    [Error<OutOfRangeError>]
    [Error<MentorInTwoPairsError>]
    [Error<ProgrammeNotFoundError>]
    [Error<InvalidProgrammeTransitionError>]
    [Error<EnrolmentNotFoundError>]
    [Error<TrainingIncompleteError>]
    [Error<ConductNotAcceptedError>]
    [Error<ProgrammeFullError>]
    private static async Task<ConfirmPairingPlanPayload> ConfirmAsync(MutationContext<ConfirmPairingPlanInput> m)
    {
        var v = m.Validator;
        var pairs = m.Input.Pairs;
        if (pairs.Count is < 1 or > MaxPool / 2)
        {
            return ConfirmPairingPlanPayload.Failed([new OutOfRangeError($"A plan holds 1 to {MaxPool / 2} pairs; this one holds {pairs.Count}.", "pairs", 1, MaxPool / 2)]);
        }

        var programmeKey = m.Input.ProgrammeId is { } programmeId ? v.Id("programmeId", programmeId, "Programme") : (int?)null;
        List<Proposal> proposals = [.. pairs.Select((pair, i) => new Proposal(
            new ProposedMentor(v.Id($"pairs[{i}].mentorId", pair.MentorId, "Mentor"), pair.MentorId),
            new ProposedMentor(v.Id($"pairs[{i}].partnerId", pair.PartnerId, "Mentor"), pair.PartnerId),
            pair.Format))];
        if (!v.IsValid)
        {
            return ConfirmPairingPlanPayload.Failed(v.Errors);
        }

        foreach (var twice in proposals.SelectMany(p => new[] { p.Mentor, p.Partner }).GroupBy(p => p.Key).Where(g => g.Count() > 1))
        {
            v.Add(new MentorInTwoPairsError($"The mentor {twice.First().Id} is in more than one pair; a plan gives each mentor one partner.", twice.First().Id));
        }

        if (!v.IsValid)
        {
            return ConfirmPairingPlanPayload.Failed(v.Errors);
        }

        if (programmeKey is not { } key)
        {
            var (pairings, errors) = await PairingProposer.ProposeAsync(m, proposals);
            return errors.Count > 0 ? ConfirmPairingPlanPayload.Failed(errors) : new ConfirmPairingPlanPayload(pairings, null);
        }

        // Within a programme: its row stays locked until the pairs are saved, so that two plans cannot overfill it.
        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (programme, refused) = await ProgrammeChanges.LockAsync(m, key, m.Input.ProgrammeId!, ProgrammeChange.Pair);
        if (programme is null)
        {
            return ConfirmPairingPlanPayload.Failed([refused!]);
        }

        var refusals = await ProgrammePairingPool.RefusalsAsync(
            m.Db, programme, [.. proposals.SelectMany(p => new[] { (p.Mentor.Key, p.Mentor.Id), (p.Partner.Key, p.Partner.Id) })], m.CancellationToken);
        var room = await ProgrammePairingPool.RoomAsync(m.Db, programme, m.CancellationToken);
        if (proposals.Count > room)
        {
            refusals.Add(new ProgrammeFullError($"The programme has room for {Math.Max(room, 0)} more pairs of its {programme.MaxPairs}; the plan has {proposals.Count}.", programme.MaxPairs));
        }

        if (refusals.Count > 0)
        {
            return ConfirmPairingPlanPayload.Failed(refusals);
        }

        var scorer = m.Context.Service<PairScorer>().Focused(await ProgrammePairingPool.FocusAsync(m.Db, key, m.CancellationToken));
        var (made, failed) = await PairingProposer.ProposeAsync(
            m, proposals, scorer: scorer, beforeSave: pairings => m.Db.ProgrammePairings.AddRange(pairings.Select(p => new ProgrammePairing { Pairing = p, ProgrammeId = key })));
        if (failed.Count > 0)
        {
            return ConfirmPairingPlanPayload.Failed(failed);
        }

        await transaction.CommitAsync(m.CancellationToken);
        return new ConfirmPairingPlanPayload(made, null);
    }

    /// <summary>Why the caller may not plan within <paramref name="programme"/>: not found (or a draft they do not run), not theirs to run, or not recruiting or running.</summary>
    private static UserError? ProgrammeRefusal(MutationContext m, Programme? programme, string programmeId)
    {
        var caller = m.Caller();
        if (programme is null || !ProgrammeAccess.IsVisible(caller, programme))
        {
            return ProgrammeChanges.NotFound(programmeId);
        }

        if (!ProgrammeAccess.Coordinates(caller, programme))
        {
            return new NotAuthorizedError("Only the programme's coordinators and administrators plan pairings within it.");
        }

        return programme.Allows(ProgrammeChange.Pair) ? null : ProgrammeChanges.Refused(programme, ProgrammeChange.Pair);
    }

    /// <summary>The pool's mentors whose accepted, active and paused pairings fill their capacity, and the pool's pairs that are already open.</summary>
    private static async Task<CohortConstraints> ConstraintsAsync(NetworkDbContext db, List<MatchSuggestions.CandidateRow> pool, CancellationToken cancellationToken)
    {
        var ids = pool.Select(r => r.Id).ToArray();
        var open = await db.Pairings.AsNoTracking()
            .Where(p => Pairing.OpenStatuses.Contains(p.Status) && (ids.Contains(p.MentorAId) || ids.Contains(p.MentorBId)))
            .Select(p => new { p.MentorAId, p.MentorBId, p.Status })
            .ToListAsync(cancellationToken);
        var held = open.Where(p => Pairing.HeldStatuses.Contains(p.Status))
            .SelectMany(p => new[] { p.MentorAId, p.MentorBId })
            .CountBy(id => id)
            .ToDictionary(c => c.Key, c => c.Value);
        var full = pool.Where(r => held.GetValueOrDefault(r.Id) >= r.Capacity).ToDictionary(r => r.Id, r => held.GetValueOrDefault(r.Id));
        var members = ids.ToHashSet();
        var pairs = open.Where(p => members.Contains(p.MentorAId) && members.Contains(p.MentorBId)).Select(p => (p.MentorAId, p.MentorBId)).ToHashSet();
        var blocked = await BlockedPairs.AmongAsync(db, ids, cancellationToken);
        return new CohortConstraints(full, pairs) { BlockedPairs = blocked };
    }
}
