using Network.Server;
using Network.Server.Data;
using Network.Server.GraphQL;
using Network.Server.Hosting;
using Network.Server.Identity;
using Network.Server.Observability;
using Network.Server.Protection;

var command = HostCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command.HostArguments);
try
{
    builder.AddNetworkShutdown();
    builder.AddNetworkObservability();
    builder.AddNetworkGraphQL();
    builder.AddNetworkEdgeProtection();
    builder.AddFeatures(NetworkFeatures.All);

    // Last: in Development this starts the private PostgreSQL cluster, which a failure above would leave running.
    builder.AddNetworkData();
}
catch (StartupException problem)
{
    await Console.Error.WriteLineAsync(problem.Message);
    return 1;
}

var app = builder.Build();
app.UseNetworkForwardedHeaders();
app.UseNetworkErrorHandling();
app.UseNetworkCors();
app.UseNetworkAuthentication();
// After authentication: the rate limiter counts signed-in callers by their `sub`.
app.UseNetworkRateLimiting();
app.MapNetworkGraphQL();
app.MapNetworkHealthChecks();
app.MapFeatureEndpoints();

return await app.RunCommandAsync(command);

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
