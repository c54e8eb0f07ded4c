using GraphQL;
using GraphQL.Types;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Relay;
using Network.Server.GraphQL.Subscriptions;
using Network.Server.Identity;
using Network.Server.Pairings;

namespace Network.Server.Sessions;

/// <summary>The root <c>sessionChanged</c> subscription.</summary>
internal static class SessionSubscriptions
{
    private static readonly HashSet<Role> Readers = [.. PairingAccess.Readers];

    public static void AddSessionSubscriptions(this ObjectGraphType subscription) =>
        subscription.Field<SessionChangedGraphType>("sessionChanged")
            .Description("Each session scheduled, rescheduled, cancelled or reported in a pairing the caller may see, as it happens; pairingId narrows it. " +
                "Events while disconnected are not replayed: read the pairing's sessions on reconnecting. Allowed for mentors, employer admins, coordinators and administrators.")
            .Argument<IdGraphType>("pairingId", "Only this pairing's sessions.")
            .ResolveStream(c =>
            {
                var caller = c.Caller();
                if (!caller.IsAny(Readers))
                {
                    throw new ExecutionError("Your role may not read sessions.") { Code = AccessSchemaVisitor.NotAuthorizedCode };
                }

                var pairingId = c.GetArgument<string?>("pairingId") is { } p ? GlobalId.Parse(p, "Pairing") : (int?)null;
                return c.Events(e => e.Topic == SessionEvents.Topic
                    && (pairingId is null || e.Ids("p").Contains(pairingId.Value))
                    && (PairingAccess.SeesAll(caller) || caller.EmployerId is not null || (caller.MentorId is { } mentor && e.Ids("m").Contains(mentor))));
            })
            .ResolveAsync(async c => await c.EventNodeAsync<PairingSession>("Session") is { } session
                ? new SessionChanged(Enum.Parse<SessionChange>(c.Event().Kind), session)
                : null);
}

/// <summary>A session as it is after a change, and what the change was.</summary>
public sealed record SessionChanged(SessionChange Change, PairingSession Session);

public sealed class SessionChangedGraphType : ObjectGraphType<SessionChanged>
{
    public SessionChangedGraphType()
    {
        Name = "SessionChanged";
        Description = "A session scheduled or changed, as sessionChanged reports it.";
        Field<NonNullGraphType<EnumerationGraphType<SessionChange>>>("change").Description("What happened to the session.").Resolve(c => c.Source.Change);
        Field<NonNullGraphType<SessionGraphType>>("session").Description("The session as it is after the change.").Resolve(c => c.Source.Session);
    }
}
