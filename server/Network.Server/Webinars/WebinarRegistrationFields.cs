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
            .Resolve(c => Registrations(c).Then(all => all.Count(r => r.Status == WebinarRegistrationStatus.Registered)));
        webinar.Field<NonNullGraphType<IntGraphType>>("waitlistedCount")
            .Description("How many are on the waiting list.")
            .Resolve(c => Registrations(c).Then(all => all.Count(r => r.Status == WebinarRegistrationStatus.Waitlisted)));
        webinar.Field<NonNullGraphType<IntGraphType>>("seatsLeft")
            .Description("Seats still free: registering now gives one, or a place on the waiting list when none is left.")
            .Resolve(c => Registrations(c).Then(all => Math.Max(c.Source.Capacity - all.Count(r => r.Status == WebinarRegistrationStatus.Registered), 0)));
        webinar.Field<ListGraphType<NonNullGraphType<WebinarRegistrationGraphType>>>("registrations")
            .Description("Everyone who registered, cancelled ones too, in the order they registered; null for callers other than its organiser and administrators.")
            .Resolve(c => WebinarAccess.Organises(c.Caller(), c.Source) ? Registrations(c).Then(all => all.ToList()) : null);
        webinar.Field<WebinarRegistrationGraphType>("myRegistration")
            .Description("The calling mentor's registration, or the calling admin's employer's; null when there is none (cancelled ones are not shown).")
            .Resolve(c => c.Caller() is { MentorId: null, EmployerId: null }
                ? null
                : Registrations(c).Then(all => all.FirstOrDefault(r => r.IsLive && WebinarAccess.IsRegistrant(c.Caller(), r))));
    }

    public static IDataLoaderResult<IReadOnlyList<WebinarRegistration>> Registrations(IResolveFieldContext<Webinar> c) =>
        c.Service<RegistrationsByWebinarIdDataLoader>().LoadAsync(c.Source.Id);
}
