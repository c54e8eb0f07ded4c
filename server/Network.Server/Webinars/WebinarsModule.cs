using Network.Server.Hosting;
using Network.Server.Identity;

namespace Network.Server.Webinars;

/// <summary>Upskilling webinars: organisers create and publish them; anyone finds the published ones.</summary>
public sealed class WebinarsModule : IFeatureModule
{
    public void Register(FeatureBuilder feature) =>
        feature
            .Node<WebinarByIdDataLoader, Webinar>("Webinar", WebinarAccess.IsVisible)
            .Filter(WebinarFilters.Definition)
            .Sort(WebinarFilters.Sorting)
            .Query(WebinarQueries.AddWebinarQueries)
            .Mutation(WebinarMutations.AddWebinarMutations)
            .Mutation(WebinarLifecycleMutations.AddWebinarLifecycleMutations);
}
