using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Network.Server.Hosting;

public static class HostingExtensions
{
    public static WebApplication MapNetworkHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }

    /// <summary>Outside Development, failures answer with a bare status: no stack traces, no exception text.</summary>
    public static WebApplication UseNetworkErrorHandling(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = context => Task.CompletedTask, StatusCodeSelector = _ => StatusCodes.Status500InternalServerError });
        }

        return app;
    }
}
