using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Identity;

namespace Network.Server.Webinars;

/// <summary>A webinar's registrations: counts for everyone, the list for its organiser, their own for a registrant.</summary>
internal static class WebinarRegistrationFields
{
    public static void AddRegistrationFields(this ObjectGraphType<Webinar> webinar)
    {
        webinar.Field<NonNullGraphType<IntGraphType>>("registeredCount")
            .Description("How many hold a seat.")
            .Resolve(c => Seats(c).Then(s => s.Registered));
        webinar.Field<NonNullGraphType<IntGraphType>>("waitlistedCount")
            .Description("How many are on the waiting list.")
            .Resolve(c => Seats(c).Then(s => s.Waitlisted));
        webinar.Field<NonNullGraphType<IntGraphType>>("seatsLeft")
            .Description("Seats still free: registering now gives one, or a place on the waiting list when none is left.")
            .Resolve(c => Seats(c).Then(s => s.Left(c.Source.Capacity)));
        webinar.Field<ListGraphType<NonNullGraphType<WebinarRegistrationGraphType>>>("registrations")
            .Description("Everyone who registered, cancelled ones too, in the order they registered; null for callers other than its organiser and administrators.")
            .Resolve(c => WebinarAccess.Organises(c.Caller(), c.Source) ? c.Service<RegistrationsByWebinarIdDataLoader>().LoadAsync(c.Source.Id) : null);
        webinar.Field<WebinarRegistrationGraphType>("myRegistration")
            .Description("The calling mentor's registration, or the calling admin's employer's; null when there is none. One the registrant cancelled is not shown; one of a cancelled webinar is, as WEBINAR_CANCELLED.")
            .Resolve(Mine);
    }

    /// <summary>The caller's live registration for the webinar, as a mentor or for the employer they administer; null for other callers.</summary>
    public static IDataLoaderResult<WebinarRegistration?>? Mine(IResolveFieldContext<Webinar> c) =>
        c.Caller() is { MentorId: null, EmployerId: null }
            ? null
            : c.Service<MyWebinarRegistrationDataLoader>().LoadAsync(new WebinarRegistrantKey(c.Source.Id, c.Caller().MentorId, c.Caller().EmployerId));

    private static IDataLoaderResult<WebinarSeats> Seats(IResolveFieldContext<Webinar> c) => c.Service<WebinarSeatsDataLoader>().LoadAsync(c.Source.Id);
}
