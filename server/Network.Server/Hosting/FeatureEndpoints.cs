namespace Network.Server.Hosting;

/// <summary>The HTTP endpoints features add besides <c>/graphql</c> (a calendar feed), mapped by <see cref="FeatureEndpointsExtensions.MapFeatureEndpoints"/>.</summary>
public sealed class FeatureEndpoints
{
    private readonly List<Action<IEndpointRouteBuilder>> _maps = [];

    public void Add(Action<IEndpointRouteBuilder> map) => _maps.Add(map);

    internal void MapAll(IEndpointRouteBuilder endpoints) => _maps.ForEach(map => map(endpoints));
}

public static class FeatureEndpointsExtensions
{
    /// <summary>Maps the endpoints every feature module added.</summary>
    public static IEndpointRouteBuilder MapFeatureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.ServiceProvider.GetService<FeatureEndpoints>()?.MapAll(endpoints);
        return endpoints;
    }
}
