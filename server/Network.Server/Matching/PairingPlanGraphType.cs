using GraphQL;
using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.GraphQL.Relay;
using Network.Server.Mentors;

namespace Network.Server.Matching;

public sealed class PairingPlanGraphType : ObjectGraphType<CohortPlan>
{
    public const int MaxCandidates = 500;

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
            .Argument<IntGraphType>("first", $"At most {MaxCandidates}; 50 when left out.")
            .Argument<IdGraphType>("mentorId")
            .Resolve(c =>
            {
                var first = c.GetArgument<int?>("first") ?? 50;
                if (first is < 0 or > MaxCandidates)
                {
                    throw new ExecutionError($"first must be between 0 and {MaxCandidates}.") { Code = "PAGE_SIZE_OUT_OF_RANGE" };
                }

                var mentor = c.GetArgument<string?>("mentorId") is { } id ? GlobalId.Parse(id, "Mentor") : (int?)null;
                return c.Source.Candidates.Where(p => mentor is null || p.MentorId == mentor || p.PartnerId == mentor).Take(first).ToList();
            });
    }
}

public sealed class PlannedPairGraphType : ObjectGraphType<PairScore>
{
    public PlannedPairGraphType()
    {
        Name = "PlannedPair";
        Description = "A pair the plan chose, with its score explained.";
        Field<NonNullGraphType<MentorGraphType>>("mentor").Resolve(c => c.Service<MentorByIdDataLoader>().LoadAsync(c.Source.MentorId).Then(m => m!));
        Field<NonNullGraphType<MentorGraphType>>("partner").Resolve(c => c.Service<MentorByIdDataLoader>().LoadAsync(c.Source.PartnerId).Then(m => m!));
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(c => Math.Round(c.Source.Score, 2));
        Field<NonNullGraphType<FloatGraphType>>("distanceKm").Resolve(c => Math.Round(c.Source.DistanceKm, 2));
        Field<NonNullGraphType<EnumerationGraphType<MentoringFormat>>>("format").Resolve(c => c.Source.Format);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchedSkillGraphType>>>>("teaches").Description("Skills the mentor teaches the partner.").Resolve(c => c.Source.Teaches);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchedSkillGraphType>>>>("learns").Description("Skills the partner teaches the mentor.").Resolve(c => c.Source.Learns);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Resolve(c => c.Source.Reasons);
    }
}

public sealed class UnmatchedMentorGraphType : ObjectGraphType<UnmatchedMentor>
{
    public UnmatchedMentorGraphType()
    {
        Name = "UnmatchedMentor";
        Description = "A mentor of the pool the plan leaves without a partner.";
        Field<NonNullGraphType<MentorGraphType>>("mentor").Resolve(c => c.Service<MentorByIdDataLoader>().LoadAsync(c.Source.MentorId).Then(m => m!));
        Field(u => u.EligiblePartners).Description("How many mentors of the pool they could have been paired with.");
        Field(u => u.Reason);
    }
}

public sealed class CandidatePairGraphType : ObjectGraphType<CandidatePair>
{
    public CandidatePairGraphType()
    {
        Name = "CandidatePair";
        Description = "An eligible pair of the pool, chosen or not.";
        Field<NonNullGraphType<MentorGraphType>>("mentor").Resolve(c => c.Service<MentorByIdDataLoader>().LoadAsync(c.Source.MentorId).Then(m => m!));
        Field<NonNullGraphType<MentorGraphType>>("partner").Resolve(c => c.Service<MentorByIdDataLoader>().LoadAsync(c.Source.PartnerId).Then(m => m!));
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(c => Math.Round(c.Source.Score, 2));
    }
}
