using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Network.Benchmarks;

internal sealed class BaselineStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var endpoint = app.ApplicationServices.GetRequiredService<BaselineEndpoint>();
        app.Map("/baseline/skills-gaps", branch => branch.Run(endpoint.HandleAsync));
        next(app);
    };
}
