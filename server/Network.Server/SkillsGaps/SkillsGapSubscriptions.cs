using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Geo;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Relay;
using Network.Server.GraphQL.Spatial;
using Network.Server.GraphQL.Subscriptions;
using Network.Server.Identity;
using Network.Server.Skills;

namespace Network.Server.SkillsGaps;

/// <summary>The root <c>skillsGapPublished</c> subscription.</summary>
internal static class SkillsGapSubscriptions
{
    private static readonly HashSet<Role> Listeners = [Role.Partner, Role.Organiser, Role.Coordinator, Role.Admin];

    public static void AddSkillsGapSubscriptions(this ObjectGraphType subscription) =>
        subscription.Field<SkillsGapGraphType>("skillsGapPublished")
            .Description("Each skills gap as it opens (published, or reopened), optionally only those of employers within a distance of a place " +
                "(`distanceKm` is then set), in the sectors given, or in the skills given; the filters apply before anything is read. " +
                "Events while disconnected are not replayed: query skillsGaps on reconnecting. Allowed for partners, organisers, coordinators and administrators.")
            .Argument<NearInputGraphType>("near", "Only gaps of employers within this circle.")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<Sector>>>>("sectors", "Only gaps in these sectors.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("skills", "Only gaps in these skills.")
            .ResolveStream(c =>
            {
                if (!c.Caller().IsAny(Listeners))
                {
                    throw new ExecutionError("Your role may not follow new skills gaps.") { Code = AccessSchemaVisitor.NotAuthorizedCode };
                }

                var near = Near(c);
                var sectors = c.GetArgument<List<Sector>?>("sectors")?.Select(s => s.ToString()).ToHashSet(StringComparer.Ordinal);
                var skills = c.GetArgument<List<string>?>("skills")?.Select(id => (long)GlobalId.Parse(id, "Skill")).ToHashSet();
                return c.Events(e => e.Topic == SkillsGapEvents.Topic
                    && (sectors is null || sectors.Contains(e.Key("s") ?? string.Empty))
                    && (skills is null || e.Ids("k").Any(skills.Contains))
                    && (near is null || DistanceKm(near, e) <= near.RadiusKm));
            })
            .ResolveAsync(async c =>
            {
                var networkEvent = c.Event();
                var db = c.RequestServices!.GetRequiredService<NetworkDbContext>();
                var gap = await db.SkillsGaps.AsNoTracking().SingleOrDefaultAsync(g => g.Id == networkEvent.Id, c.CancellationToken);
                if (gap is null || !SkillsGapAccess.IsVisible(c.Caller(), gap))
                {
                    return null;
                }

                gap.DistanceKm = Near(c) is { } near ? Math.Round(DistanceKm(near, networkEvent), 3) : null;
                return gap;
            });

    private static Near? Near(IResolveFieldContext c) =>
        c.GetArgument<Dictionary<string, object?>?>("near") is { } input ? GraphQL.Spatial.Near.Parse(input, c.RequestServices!.GetRequiredService<IPostcodeLocator>()) : null;

    private static double DistanceKm(Near near, NetworkEvent e) =>
        e.Number("y") is { } latitude && e.Number("x") is { } longitude
            ? GreatCircle.Kilometres(near.Origin.Y, near.Origin.X, latitude, longitude)
            : double.PositiveInfinity;
}
