using Network.Server.GraphQL.Relay;
using Network.Server.Matching;

namespace Network.Server.Pairings;

public static class PairingServiceCollectionExtensions
{
    public static IServiceCollection AddPairings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new PairScorer(configuration.GetSection(MatchingWeights.Section).Get<MatchingWeights>() ?? new MatchingWeights()));
        services.AddSingleton<INodeResolver>(new DataLoaderNodeResolver<PairingByIdDataLoader, Pairing>("Pairing", PairingAccess.IsVisible));
        services.AddScoped<PairingByIdDataLoader>();
        services.AddScoped<PairingsByMentorIdDataLoader>();
        services.AddScoped<PairingSkillsByPairingIdDataLoader>();
        services.AddScoped<PairingEventsByPairingIdDataLoader>();
        services.AddScoped<AcceptedPartners>();
        return services;
    }
}
