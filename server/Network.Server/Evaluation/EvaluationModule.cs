using Network.Server.Hosting;

namespace Network.Server.Evaluation;

/// <summary>Evaluation: a programme's figures for its coordinators, and for partners with small numbers withheld, as GraphQL and as CSV.</summary>
public sealed class EvaluationModule : IFeatureModule
{
    public void Register(FeatureBuilder feature)
    {
        feature.Services.AddSingleton<ProgrammeEvaluationReader>();
        feature
            .Types(typeof(ProgrammeEvaluationGraphType))
            .Query(EvaluationQueries.AddEvaluationQuery)
            .Endpoints(EvaluationEndpoints.Map);
    }
}
