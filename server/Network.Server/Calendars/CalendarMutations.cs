using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;

namespace Network.Server.Calendars;

/// <summary>A mentor makes, replaces and revokes their private calendar feed.</summary>
internal static class CalendarMutations
{
    private static readonly MutationResult<CalendarFeedPayload> Result =
        new("calendarFeed", () => new GraphQLTypeReference("CalendarFeed"), p => p.CalendarFeed, p => p.Errors, CalendarFeedPayload.Failed);

    private static readonly AccessRule TheMentor = CallerAccess.Roles("the mentor themself", Role.Mentor);

    public static void AddCalendarMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation(
            "createCalendarFeed",
            "Makes the calling mentor's private calendar feed of their sessions and webinar registrations and returns its address, once. A feed made before stops working: this is also how a leaked address is replaced.",
            TheMentor,
            Result,
            CreateAsync);

        mutation.Mutation(
            "revokeCalendarFeed",
            "Revokes the calling mentor's calendar feed: its address answers 404 from now on. Revoking when there is none changes nothing.",
            TheMentor,
            Result,
            RevokeAsync);
    }

    [Error<MentorNotFoundError>]
    private static async Task<CalendarFeedPayload> CreateAsync(MutationContext<NoInput> m)
    {
        if (await MentorAsync(m) is not { } mentorId)
        {
            return CalendarFeedPayload.Failed([NotBound(m.Caller())]);
        }

        var secret = CalendarFeedSecret.New();
        var now = m.Clock.GetUtcNow();
        var feed = await m.Db.CalendarFeeds.SingleOrDefaultAsync(f => f.MentorId == mentorId, m.CancellationToken);
        if (feed is null)
        {
            feed = new CalendarFeed { MentorId = mentorId };
            m.Db.CalendarFeeds.Add(feed);
        }

        feed.TokenHash = CalendarFeedSecret.Hash(secret);
        feed.CreatedAt = now;
        feed.RevokedAt = null;
        await m.Db.SaveChangesAsync(m.CancellationToken);
        var request = m.Context.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext!.Request;
        feed.Url = $"{request.Scheme}://{request.Host}{request.PathBase}/calendar/{secret}.ics";
        return new CalendarFeedPayload(feed, null);
    }

    [Error<MentorNotFoundError>]
    private static async Task<CalendarFeedPayload> RevokeAsync(MutationContext<NoInput> m)
    {
        if (await MentorAsync(m) is not { } mentorId)
        {
            return CalendarFeedPayload.Failed([NotBound(m.Caller())]);
        }

        var feed = await m.Db.CalendarFeeds.SingleOrDefaultAsync(f => f.MentorId == mentorId, m.CancellationToken);
        var now = m.Clock.GetUtcNow();
        if (feed is null)
        {
            return new CalendarFeedPayload(new CalendarFeed { MentorId = mentorId, CreatedAt = now, RevokedAt = now }, null);
        }

        if (feed.TokenHash is not null)
        {
            feed.TokenHash = null;
            feed.RevokedAt = now;
            await m.Db.SaveChangesAsync(m.CancellationToken);
        }

        return new CalendarFeedPayload(feed, null);
    }

    private static async Task<int?> MentorAsync(MutationContext m) =>
        m.Caller().MentorId is { } id && await m.Db.Mentors.AnyAsync(x => x.Id == id, m.CancellationToken) ? id : null;

    private static UserError NotBound(Caller caller) =>
        caller.MentorId is { } id
            ? new MentorNotFoundError("The mentor your token names does not exist.", GlobalId.Serialize("Mentor", id))
            : new NotAuthorizedError("Your token does not name a mentor.");
}
