using GraphQL;
using GraphQL.Types;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Relay;
using Network.Server.GraphQL.Subscriptions;
using Network.Server.Identity;

namespace Network.Server.Concerns;

/// <summary>The root <c>concernRaised</c> subscription.</summary>
internal static class ConcernSubscriptions
{
    private static readonly HashSet<Role> Handlers = [Role.Coordinator, Role.Admin];

    public static void AddConcernSubscriptions(this ObjectGraphType subscription) =>
        subscription.Field<ConcernGraphType>("concernRaised")
            .Description("Each concern raised in a programme the caller coordinates, as it is raised; programmeId narrows it to one programme. " +
                "Events while disconnected are not replayed: read the programme's concerns on reconnecting. Allowed for coordinators (of their programmes) and administrators.")
            .Argument<IdGraphType>("programmeId", "Only this programme's concerns.")
            .ResolveStream(c =>
            {
                if (!c.Caller().IsAny(Handlers))
                {
                    throw new ExecutionError("Only coordinators and administrators follow concerns.") { Code = AccessSchemaVisitor.NotAuthorizedCode };
                }

                var programmeId = c.GetArgument<string?>("programmeId") is { } p ? GlobalId.Parse(p, "Programme") : (int?)null;
                return c.Events(e => e.Topic == ConcernEvents.Topic && (programmeId is null || e.Ids("g").Contains(programmeId.Value)));
            })
            // Read as node(id:) reads it: only the programme's own coordinators (and administrators) see it.
            .ResolveAsync(async c => await c.EventNodeAsync<ConcernReport>("Concern"));
}
