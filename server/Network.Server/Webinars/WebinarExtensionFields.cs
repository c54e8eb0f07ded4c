using GraphQL.DataLoader;
using GraphQL.Types;
using Network.Server.Employers;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Identity;
using Network.Server.Mentors;

namespace Network.Server.Webinars;

/// <summary>
/// The fields webinars add to mentors and employers: their registrations, so that a registrant sees where they stand, and the
/// notice (WEBINAR_CANCELLED) when a webinar they registered for is cancelled.
/// </summary>
internal static class WebinarExtensionFields
{
    private const string Statuses = "REGISTERED, WAITLISTED, CANCELLED by the registrant, or WEBINAR_CANCELLED when the organiser cancelled the webinar";

    /// <summary>Adds <c>Mentor.webinarRegistrations</c>.</summary>
    public static void AddWebinarRegistrationsField(this MentorGraphType mentor) =>
        mentor.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebinarRegistrationGraphType>>>>("webinarRegistrations")
            .Description($"The mentor's webinar registrations ({Statuses}), most recent first; empty for callers other than the mentor and administrators.")
            .Resolve(c => Visible(c.Caller(), c.Service<WebinarRegistrationsByMentorIdDataLoader>().LoadAsync(c.Source.Id)));

    /// <summary>Adds <c>Employer.webinarRegistrations</c>.</summary>
    public static void AddWebinarRegistrationsField(this EmployerGraphType employer) =>
        employer.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebinarRegistrationGraphType>>>>("webinarRegistrations")
            .Description($"The registrations the employer's admins made for the employer ({Statuses}), most recent first; " +
                "empty for callers other than its admins and administrators. Its mentors' own registrations are on each mentor.")
            .Resolve(c => Visible(c.Caller(), c.Service<WebinarRegistrationsByEmployerIdDataLoader>().LoadAsync(c.Source.Id)));

    private static IDataLoaderResult<List<WebinarRegistration>> Visible(Caller caller, IDataLoaderResult<IReadOnlyList<WebinarRegistration>> all) =>
        all.Then(registrations => registrations.Where(r => caller.IsAdmin || WebinarAccess.IsRegistrant(caller, r)).ToList());
}
