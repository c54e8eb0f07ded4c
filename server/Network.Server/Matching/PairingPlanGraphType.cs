using GraphQL;
using GraphQL.Types;
using Network.Server.GraphQL.Budgets;
using Network.Server.GraphQL.Relay;

namespace Network.Server.Matching;

public sealed class PairingPlanGraphType : ObjectGraphType<CohortPlan>
{
    public const int MaxCandidates = 500;

    public const int DefaultCandidates = 50;

    public PairingPlanGraphType()
    {
        Name = "PairingPlan";
        Description = "The pairing of a pool with the highest total score, the mentors it leaves unmatched and why, and the candidate pairs it chose from.";
        Field(p => p.PoolSize).Description("How many mentors the pool holds.");
        Field(p => p.MaximizeCardinality).Description("Whether the plan pairs as many people as possible first.");
        Field<NonNullGraphType<FloatGraphType>>("totalScore").Resolve(c => Math.Round(c.Source.TotalScore, 2));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlannedPairGraphType>>>>("pairs").Description("The chosen pairs, best first.").Resolve(c => c.Source.Pairs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnmatchedMentorGraphType>>>>("unmatched").Resolve(c => c.Source.Unmatched);
        Field<NonNullGraphType<IntGraphType>>("candidateCount").Description("How many pairs of the pool are eligible.").Resolve(c => c.Source.Candidates.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CandidatePairGraphType>>>>("candidates")
            .Description("Eligible pairs with their scores, best first; with `mentorId`, only that mentor's.")
            .Argument<IntGraphType>("first", $"At most {MaxCandidates}; {DefaultCandidates} when left out.")
            .Argument<IdGraphType>("mentorId")
            .SlicedBy("first", DefaultCandidates, MaxCandidates)
            .Resolve(c =>
            {
                var first = c.GetArgument<int?>("first") ?? DefaultCandidates;
                if (first is < 0 or > MaxCandidates)
                {
                    throw new ExecutionError($"first must be between 0 and {MaxCandidates}.") { Code = "PAGE_SIZE_OUT_OF_RANGE" };
                }

                var mentor = c.GetArgument<string?>("mentorId") is { } id ? GlobalId.Parse(id, "Mentor") : (int?)null;
                return c.Source.Candidates.Where(p => mentor is null || p.MentorId == mentor || p.PartnerId == mentor).Take(first).ToList();
            });
    }
}
