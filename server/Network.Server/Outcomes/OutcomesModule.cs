using Network.Server.Hosting;
using Network.Server.Programmes;

namespace Network.Server.Outcomes;

/// <summary>Outcomes: employers confirm, at a programme's end and three months later, their mentors' retention and where their targeted gaps stand.</summary>
public sealed class OutcomesModule : IFeatureModule
{
    public void Register(FeatureBuilder feature) =>
        feature
            .DataLoader<RetentionChecksByProgrammeIdDataLoader>()
            .DataLoader<GapOutcomesByProgrammeIdDataLoader>()
            .TypeMapping<RetentionAnswerInput, RetentionAnswerInputGraphType>()
            .TypeMapping<GapOutcomeInput, GapOutcomeInputGraphType>()
            .Types(typeof(RetentionCheckGraphType), typeof(GapOutcomeGraphType), typeof(ProgrammeOutcomesGraphType), typeof(OutcomeCheckpointWindowGraphType))
            .Extend<ProgrammeGraphType>(programme => programme.AddOutcomeFields())
            .Mutation(OutcomeMutations.AddOutcomeMutations);
}
