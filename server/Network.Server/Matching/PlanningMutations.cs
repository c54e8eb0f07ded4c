using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Errors;
using Network.Server.Identity;
using Network.Server.Data;
using Network.Server.Mentors;
using Network.Server.Pairings;

namespace Network.Server.Matching;

internal static class PlanningMutations
{
    public const int MaxPool = 2000;

    private static readonly MutationAccess Coordinators =
        MutationAccess.Roles("Allowed for coordinators and administrators.", Role.Coordinator, Role.Admin);

    private static readonly MutationResult<PlanPairingsPayload> Result =
        new("plan", new GraphQLTypeReference("PairingPlan"), p => p.Plan, p => p.Errors, PlanPairingsPayload.Failed);

    public static void AddPlanningMutations(this ObjectGraphType mutation) =>
        mutation.Mutation<PlanPairingsInput, PlanPairingsPayload>(
            "planPairings",
            "Plans the pairing of a pool of active mentors that maximises the total score (an exact maximum-weight matching), with the unmatched and the candidate pairs considered. It changes nothing.",
            Coordinators,
            Result,
            [typeof(InvalidIdErrorGraphType), typeof(MentorNotFoundErrorGraphType), typeof(MentorWithdrawnErrorGraphType), typeof(OutOfRangeErrorGraphType), typeof(BlankValueErrorGraphType)],
            PlanAsync,
            input => input.Field("where", new GraphQLTypeReference("MentorFilterInput")).Description("The pool as a filter over active mentors. Give this or `mentorIds`, not both."));

    private static async Task<PlanPairingsPayload> PlanAsync(MutationContext<PlanPairingsInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        if ((input.MentorIds is null) == (input.Where is null))
        {
            return PlanPairingsPayload.Failed([new BlankValueError("Give the pool as mentorIds or as where, one of the two.", "mentorIds")]);
        }

        IQueryable<Mentor> pool;
        if (input.MentorIds is { } ids)
        {
            var keys = ids.Select((id, i) => v.Id($"mentorIds[{i}]", id, "Mentor")).Distinct().ToArray();
            if (!v.IsValid)
            {
                return PlanPairingsPayload.Failed(v.Errors);
            }

            var found = await m.Db.Mentors.AsNoTracking().Where(x => keys.Contains(x.Id)).Select(x => new { x.Id, x.Status }).ToListAsync(m.CancellationToken);
            foreach (var (id, key) in ids.Zip(ids.Select(id => Network.Server.GraphQL.Relay.GlobalId.TryParse(id, "Mentor"))))
            {
                var row = found.SingleOrDefault(x => x.Id == key);
                if (row is null)
                {
                    v.Add(new MentorNotFoundError($"No mentor has the ID {id}.", id));
                }
                else if (row.Status != MentorStatus.Active)
                {
                    v.Add(new MentorWithdrawnError("The mentor has withdrawn and cannot be paired.", id));
                }
            }

            pool = m.Db.Mentors.Where(x => keys.Contains(x.Id));
        }
        else
        {
            pool = m.Db.Mentors.Where(x => x.Status == MentorStatus.Active);
            if (MentorFilters.Definition.Build(input.Where) is { } filter)
            {
                pool = pool.Where(filter);
            }
        }

        var size = await pool.CountAsync(m.CancellationToken);
        if (v.IsValid && size is < 2 or > MaxPool)
        {
            v.Add(new OutOfRangeError($"A pool holds 2 to {MaxPool} mentors; this one holds {size}.", input.MentorIds is null ? "where" : "mentorIds", 2, MaxPool));
        }

        if (!v.IsValid)
        {
            return PlanPairingsPayload.Failed(v.Errors);
        }

        var rows = await MatchSuggestions.Profiles(pool.AsNoTracking().OrderBy(x => x.Id)).AsSplitQuery().ToListAsync(m.CancellationToken);
        var constraints = await ConstraintsAsync(m.Db, rows, m.CancellationToken);
        var planner = new CohortPlanner(m.Context.RequestServices!.GetRequiredService<PairScorer>());
        var plan = planner.Plan([.. rows.Select(r => r.ToProfile())], constraints, input.MaximizeCardinality ?? false, m.CancellationToken);
        return new PlanPairingsPayload(plan, null);
    }

    /// <summary>The pool's mentors whose accepted and active pairings fill their capacity, and the pool's pairs that are already open.</summary>
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
        return new CohortConstraints(full, pairs);
    }
}
