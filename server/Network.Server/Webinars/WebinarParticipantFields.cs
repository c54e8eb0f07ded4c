using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Paging;
using Network.Server.GraphQL.Spatial;
using Network.Server.Identity;

namespace Network.Server.Webinars;

/// <summary>
/// Finding participants for a webinar: the employers and mentors its audience looks for, ranked and explained, and the
/// invitations sent to them. Only its organiser and administrators see them; the side its audience leaves out is empty.
/// </summary>
internal static class WebinarParticipantFields
{
    public static void AddParticipantFields(this ObjectGraphType<Webinar> webinar)
    {
        webinar.Field<ListGraphType<NonNullGraphType<WebinarInvitationGraphType>>>("invitations")
            .Description("The invitations sent, in the order sent; null for callers other than its organiser and administrators.")
            .Resolve(c => WebinarAccess.Organises(c.Caller(), c.Source) ? c.Service<InvitationsByWebinarIdDataLoader>().LoadAsync(c.Source.Id) : null);

        Ranked<SuggestedEmployerGraphType, SuggestedEmployer>(
            webinar,
            "suggestedEmployers",
            "Employers with OPEN skills gaps in its topics (gaps in its sectors, when it names some), best first: each gap counts by its severity " +
                "(LOW 1 to CRITICAL 4), each hard-to-fill vacancy half a point (up to 10), and for IN_PERSON webinars every 10 km to the venue costs a point. " +
                "Ties go to the lower ID. Empty when its audience is MENTORS_WANTING_TOPICS.",
            w => WebinarEligibility.IncludesEmployers(w.Audience),
            EmployerSuggestions.Query,
            _ => EmployerSuggestions.Score,
            s => s.EmployerId,
            EmployerSuggestions.AddReasonsAsync);

        Ranked<SuggestedMentorGraphType, SuggestedMentor>(
            webinar,
            "suggestedMentors",
            "ACTIVE mentors who want to learn its topics, best first: 3 points for each topic wanted, a point for a preferred format that suits the webinar's, " +
                "a point for working in a sector it is for, and for IN_PERSON webinars only mentors within their travel distance of the venue, every 10 km costing a point. " +
                "Ties go to the lower ID. No personal data: invite a mentor by `mentorId`. Empty when its audience is EMPLOYERS_WITH_GAPS.",
            w => WebinarEligibility.IncludesMentors(w.Audience),
            MentorSuggestions.Query,
            MentorSuggestions.Score,
            s => s.MentorId,
            MentorSuggestions.AddReasonsAsync);
    }

    /// <summary>A ranked connection: counted and paged in SQL, then explained for the page it returns.</summary>
    private static void Ranked<TGraphType, T>(
        ObjectGraphType<Webinar> webinar,
        string name,
        string description,
        Func<Webinar, bool> targeted,
        Func<NetworkDbContext, Webinar, double?, IQueryable<T>> query,
        Func<Webinar, Expression<Func<T, double>>> score,
        Expression<Func<T, int>> key,
        Func<NetworkDbContext, Webinar, IReadOnlyList<T>, CancellationToken, Task> explain)
        where TGraphType : IGraphType
        where T : class
    {
        var prefix = char.ToUpperInvariant(name[0]) + name[1..];
        webinar.Field(name, new ConnectionGraphType<TGraphType, T>(prefix))
            .Description($"{description} Null for callers other than its organiser and administrators.")
            .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list.")
            .Argument<StringGraphType>("after", "Returns the elements in the list that come after the specified cursor.")
            .Argument<IntGraphType>("last", "Returns the last _n_ elements from the list.")
            .Argument<StringGraphType>("before", "Returns the elements in the list that come before the specified cursor.")
            .Argument<FloatGraphType>("withinKm", $"For IN_PERSON webinars, only those within this many kilometres of the venue (up to {Near.MaxRadiusKm}); ignored for ONLINE ones.")
            .ResolveAsync(async c =>
            {
                if (!WebinarAccess.Organises(c.Caller(), c.Source))
                {
                    return null;
                }

                var paging = PagingArguments.From(c);
                var withinKm = c.GetArgument<double?>("withinKm");
                if (withinKm is not null and (<= 0 or > Near.MaxRadiusKm))
                {
                    throw new ExecutionError($"withinKm must be greater than 0 and at most {Near.MaxRadiusKm}.") { Code = "RADIUS_OUT_OF_RANGE" };
                }

                if (!targeted(c.Source))
                {
                    return await ConnectionPages.ReadAsync(paging, 0, (_, _) => Task.FromResult(new List<T>()));
                }

                await using var db = await c.Service<IDbContextFactory<NetworkDbContext>>().CreateDbContextAsync(c.CancellationToken);
                var candidates = query(db, c.Source, withinKm).AsNoTracking();
                var total = await candidates.CountAsync(c.CancellationToken);
                var ranked = candidates.OrderByDescending(score(c.Source)).ThenBy(key);
                var page = await ConnectionPages.ReadAsync(paging, total, (skip, take) => ranked.Skip(skip).Take(take).ToListAsync(c.CancellationToken));
                await explain(db, c.Source, [.. page.Edges.Select(e => e.Node)], c.CancellationToken);
                return page;
            });
    }
}
