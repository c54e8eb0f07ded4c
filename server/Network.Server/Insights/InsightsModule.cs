using Network.Server.Hosting;

namespace Network.Server.Insights;

/// <summary>Regional insights: anonymised figures by area, sector, skill and month for partners, as tables, a map and hotspots.</summary>
public sealed class InsightsModule : IFeatureModule
{
    public void Register(FeatureBuilder feature)
    {
        feature.Services.AddOptions<InsightsOptions>()
            .Bind(feature.Configuration.GetSection(InsightsOptions.Section))
            .Validate(o => o.RefreshInterval > TimeSpan.Zero, $"{InsightsOptions.Section}:RefreshInterval must be positive.");
        feature.Services.AddSingleton<InsightSnapshots>();
        feature.Services.AddHostedService<InsightRefresher>();
        feature
            .Types(typeof(RegionalInsightsGraphType), typeof(InsightsMapGraphType), typeof(HotspotGraphType))
            .Query(InsightQueries.AddInsightQueries);
    }
}
