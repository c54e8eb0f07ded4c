using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Relay;
using Network.Server.GraphQL.Subscriptions;
using Network.Server.Identity;

namespace Network.Server.Webinars;

/// <summary>The root <c>webinarRegistrationChanged</c> subscription.</summary>
internal static class WebinarRegistrationSubscriptions
{
    public static void AddWebinarRegistrationSubscriptions(this ObjectGraphType subscription) =>
        subscription.Field<WebinarRegistrationGraphType>("webinarRegistrationChanged")
            .Description("Each registration for the webinar as it is made or changes: registered, waitlisted, moved up from the waiting list, cancelled, attendance marked. " +
                "Events while disconnected are not replayed: read the webinar's registrations on reconnecting. Allowed for the webinar's organiser and administrators.")
            .Argument<NonNullGraphType<IdGraphType>>("webinarId", "The webinar to follow.")
            .ResolveStreamAsync(async c =>
            {
                var webinarId = GlobalId.Parse(c.GetArgument<string>("webinarId"), "Webinar");
                await using var scope = c.RequestServices!.CreateAsyncScope();
                var webinar = await scope.ServiceProvider.GetRequiredService<NetworkDbContext>().Webinars.AsNoTracking()
                    .SingleOrDefaultAsync(w => w.Id == webinarId, c.CancellationToken);
                if (webinar is null || !WebinarAccess.Organises(c.Caller(), webinar))
                {
                    throw new ExecutionError("Only the webinar's organiser and administrators follow its registrations.") { Code = AccessSchemaVisitor.NotAuthorizedCode };
                }

                return c.Events(e => e.Topic == WebinarRegistrationEvents.Topic && e.Ids("w").Contains(webinarId));
            })
            .ResolveAsync(async c => await c.EventNodeAsync<WebinarRegistration>("WebinarRegistration"));
}
