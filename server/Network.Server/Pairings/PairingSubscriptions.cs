using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Relay;
using Network.Server.GraphQL.Subscriptions;
using Network.Server.Identity;

namespace Network.Server.Pairings;

/// <summary>The root <c>pairingChanged</c> subscription.</summary>
internal static class PairingSubscriptions
{
    private static readonly HashSet<Role> Readers = [.. PairingAccess.Readers];

    public static void AddPairingSubscriptions(this ObjectGraphType subscription) =>
        subscription.Field<PairingChangedGraphType>("pairingChanged")
            .Description("Each change to a pairing the caller may see, as it happens: proposed, accepted (by a mentor, an employer, or in full), declined, " +
                "activated, paused, resumed, completed or ended. A mentor hears of their own pairings, an employer admin of their employer's mentors', " +
                "coordinators and administrators of all; pairingId or mentorId narrow it. Events while disconnected are not replayed: " +
                "read the pairing's history on reconnecting. Allowed for mentors, employer admins, coordinators and administrators.")
            .Argument<IdGraphType>("pairingId", "Only this pairing's changes.")
            .Argument<IdGraphType>("mentorId", "Only the changes of this mentor's pairings.")
            .ResolveStream(c =>
            {
                var caller = c.Caller();
                if (!caller.IsAny(Readers))
                {
                    throw new ExecutionError("Your role may not read pairings.") { Code = AccessSchemaVisitor.NotAuthorizedCode };
                }

                var pairingId = c.GetArgument<string?>("pairingId") is { } p ? GlobalId.Parse(p, "Pairing") : (int?)null;
                var mentorId = c.GetArgument<string?>("mentorId") is { } m ? GlobalId.Parse(m, "Mentor") : (int?)null;
                return c.Events(e => e.Topic == PairingEvents.Topic
                    && (pairingId is null || e.Ids("p").Contains(pairingId.Value))
                    && (mentorId is null || e.Ids("m").Contains(mentorId.Value))
                    && MaySee(caller, e));
            })
            .ResolveAsync(async c =>
            {
                var networkEvent = c.Event();
                var db = c.RequestServices!.GetRequiredService<NetworkDbContext>();
                var change = await db.PairingEvents.AsNoTracking().SingleOrDefaultAsync(e => e.Id == networkEvent.Id, c.CancellationToken);
                var pairing = change is null ? null : await db.Pairings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == change.PairingId, c.CancellationToken);
                return change is not null && pairing is not null && PairingAccess.IsVisible(c.Caller(), pairing) ? new PairingChanged(change, pairing) : null;
            });

    /// <summary>A cheap first check on the event's keys; the resolver checks again on the pairing as it is read.</summary>
    private static bool MaySee(Caller caller, NetworkEvent e) =>
        PairingAccess.SeesAll(caller)
        || e.Keys?.ContainsKey("m") != true
        || (caller.MentorId is { } mentor && e.Ids("m").Contains(mentor))
        || (caller.EmployerId is { } employer && e.Ids("e").Contains(employer));
}

/// <summary>A change to a pairing, and the pairing as it is after it.</summary>
public sealed record PairingChanged(PairingEvent Change, Pairing Pairing);

public sealed class PairingChangedGraphType : ObjectGraphType<PairingChanged>
{
    public PairingChangedGraphType()
    {
        Name = "PairingChanged";
        Description = "A change to a pairing, as pairingChanged reports it.";
        Field<NonNullGraphType<PairingEventGraphType>>("change").Description("What changed, by whom and when, as the pairing's history records it.").Resolve(c => c.Source.Change);
        Field<NonNullGraphType<PairingGraphType>>("pairing").Description("The pairing as it is after the change.").Resolve(c => c.Source.Pairing);
    }
}
