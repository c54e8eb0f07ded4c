using GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;

namespace Network.Server.Webinars;

/// <summary>Fetches registrations for <c>node</c> and <c>nodes</c>: a registration is seen by its registrant and by the webinar's organiser.</summary>
internal sealed class WebinarRegistrationNodeResolver : INodeResolver
{
    public string TypeName => "WebinarRegistration";

    public object Resolve(IResolveFieldContext context, int key)
    {
        var caller = context.Caller();
        var webinars = context.RequestServices!.GetRequiredService<WebinarByIdDataLoader>();
        return context.RequestServices!.GetRequiredService<WebinarRegistrationByIdDataLoader>().LoadAsync(key)
            .Then(registration => registration is null
                ? null
                : webinars.LoadAsync(registration.WebinarId).Then(w => w is not null && WebinarAccess.Sees(caller, w, registration) ? registration : null));
    }
}
