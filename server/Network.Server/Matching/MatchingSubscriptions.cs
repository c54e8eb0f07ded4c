using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Relay;
using Network.Server.GraphQL.Subscriptions;
using Network.Server.Identity;
using Network.Server.Mentors;

namespace Network.Server.Matching;

/// <summary>The root <c>mentorMatchAvailable</c> subscription.</summary>
internal static class MatchingSubscriptions
{
    public const double DefaultMinScore = 50;

    public static void AddMatchingSubscriptions(this ObjectGraphType subscription) =>
        subscription.Field<MentorMatchGraphType>("mentorMatchAvailable")
            .Description("Each mentor who becomes available (registers, or is active again) and would pair with the given mentor with at least minScore, " +
                "as mentorMatches would show them. Events while disconnected are not replayed: query mentorMatches on reconnecting. " +
                "For the mentor, their employer's admins, coordinators and administrators.")
            .Argument<NonNullGraphType<IdGraphType>>("mentorId", "The mentor to find partners for.")
            .Argument<FloatGraphType>("minScore", $"The lowest score worth hearing of; {DefaultMinScore} when left out.")
            .ResolveStreamAsync(async c =>
            {
                var key = GlobalId.Parse(c.GetArgument<string>("mentorId"), "Mentor");
                var caller = c.Caller();
                var employerId = await c.RequestServices!.GetRequiredService<NetworkDbContext>().Mentors.AsNoTracking()
                    .Where(m => m.Id == key).Select(m => (int?)m.EmployerId).SingleOrDefaultAsync(c.CancellationToken);
                if (employerId is null || !(caller.ManagesMentor(key, employerId.Value) || caller.Is(Role.Coordinator)))
                {
                    throw new ExecutionError("Only the mentor, their employer's admins, coordinators and administrators hear of a mentor's matches.") { Code = AccessSchemaVisitor.NotAuthorizedCode };
                }

                // Mentors of the same employer never pair: they are dropped before anything is read.
                var ownEmployer = (long)employerId.Value;
                return c.Events(e => e.Topic == MentorEvents.Topic && e.Id != key && !e.Ids("e").Contains(ownEmployer));
            })
            .ResolveAsync(async c =>
            {
                var minScore = c.GetArgument<double?>("minScore") ?? DefaultMinScore;
                var match = await c.RequestServices!.GetRequiredService<MatchSuggestions>()
                    .MatchAsync(GlobalId.Parse(c.GetArgument<string>("mentorId"), "Mentor"), checked((int)c.Event().Id), c.CancellationToken);
                return match is not null && match.Score.Score >= minScore ? match : null;
            });
}
