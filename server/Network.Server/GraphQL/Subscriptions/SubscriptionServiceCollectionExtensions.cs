using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Network.Server.GraphQL.Subscriptions;

public static class SubscriptionServiceCollectionExtensions
{
    /// <summary>Events published through PostgreSQL <c>NOTIFY</c> on every save, heard by every instance, and run for its subscribers.</summary>
    public static IServiceCollection AddNetworkSubscriptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SubscriptionOptions>()
            .Bind(configuration.GetSection(SubscriptionOptions.Section))
            .Validate(o => o is { MaxPerConnection: > 0, MaxPerCaller: > 0, MaxQueued: > 0 } && o.ReconnectDelay > TimeSpan.Zero && !string.IsNullOrWhiteSpace(o.Channel),
                $"Every {SubscriptionOptions.Section} limit must be positive and the channel named.")
            .ValidateOnStart();
        services.AddSingleton<EventHub>();
        services.AddSingleton<EventListener>();
        services.AddHostedService(sp => sp.GetRequiredService<EventListener>());
        services.AddSingleton<IInterceptor, EventPublication>();
        services.AddSingleton<SubscriptionQuota>();
        services.AddSingleton<SubscriptionExecution>();
        return services;
    }
}
