using Network.Server.GraphQL.Access;
using Network.Server.Hosting;

namespace Network.Server.Identity;

/// <summary>Who is calling: token validation, the caller of each request, <c>me</c>, and the <c>token</c> command for local use.</summary>
public sealed class IdentityModule : IFeatureModule
{
    public void Register(FeatureBuilder feature)
    {
        feature.Services.AddNetworkAuthentication(feature.Configuration, feature.Environment);
        feature.Services.AddSingleton<IPersonalDataGrant, OwnerGrant>();
        feature
            .Query(IdentityQueries.AddIdentityQueries)
            .Command("token", (app, command) => TokenCommand.RunAsync(app.Services.GetRequiredService<TokenIssuer>(), command, Console.Out, Console.Error));
    }
}
