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
            .Description("Each registration as it is made or changes: registered, waitlisted, moved up from the waiting list, cancelled (by the registrant, " +
                "or WEBINAR_CANCELLED when the webinar is), attendance marked. With webinarId, every registration of that webinar, for its organiser and " +
                "administrators; without, the caller's own registrations, for mentors and employer admins. Events while disconnected are not replayed: " +
                "read the registrations on reconnecting.")
            .Argument<IdGraphType>("webinarId", "The webinar to follow, as its organiser; leave it out to follow your own registrations.")
            .ResolveStreamAsync(async c =>
            {
                var caller = c.Caller();
                if (c.GetArgument<string?>("webinarId") is not { } id)
                {
                    if (caller.MentorId is null && caller.EmployerId is null)
                    {
                        throw new ExecutionError("Without webinarId, only mentors and employer admins follow their own registrations.") { Code = AccessSchemaVisitor.NotAuthorizedCode };
                    }

                    return c.Events(e => e.Topic == WebinarRegistrationEvents.Topic
                        && ((caller.MentorId is { } mentor && e.Ids("m").Contains(mentor)) || (caller.EmployerId is { } employer && e.Ids("e").Contains(employer))));
                }

                var webinarId = GlobalId.Parse(id, "Webinar");
                var webinar = await c.RequestServices!.GetRequiredService<NetworkDbContext>().Webinars.AsNoTracking()
                    .SingleOrDefaultAsync(w => w.Id == webinarId, c.CancellationToken);
                if (webinar is null || !WebinarAccess.Organises(caller, webinar))
                {
                    throw new ExecutionError("Only the webinar's organiser and administrators follow its registrations.") { Code = AccessSchemaVisitor.NotAuthorizedCode };
                }

                return c.Events(e => e.Topic == WebinarRegistrationEvents.Topic && e.Ids("w").Contains(webinarId));
            })
            .ResolveAsync(async c => await c.EventNodeAsync<WebinarRegistration>("WebinarRegistration"));
}
