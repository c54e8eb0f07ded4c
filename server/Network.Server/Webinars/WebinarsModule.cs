using Network.Server.Calendars;
using Network.Server.Employers;
using Network.Server.GraphQL.Relay;
using Network.Server.Hosting;
using Network.Server.Identity;
using Network.Server.Mentors;

namespace Network.Server.Webinars;

/// <summary>Upskilling webinars: organisers create and publish them, find participants and invite them; anyone finds the published ones; mentors and employers register.</summary>
public sealed class WebinarsModule : IFeatureModule
{
    public void Register(FeatureBuilder feature)
    {
        feature.Services.AddSingleton<INodeResolver, WebinarRegistrationNodeResolver>();
        feature.Services.AddSingleton<INodeResolver, WebinarInvitationNodeResolver>();
        feature.Services.AddSingleton<IMentorDepartureHandler, WebinarDepartureHandler>();
        feature.Services.AddSingleton<ICalendarEventSource, WebinarCalendarSource>();
        feature.Services.AddSingleton<WebinarFollowUpReader>();
        feature
            .Node<WebinarByIdDataLoader, Webinar>("Webinar", WebinarAccess.IsVisible)
            .DataLoader<WebinarRegistrationByIdDataLoader>()
            .DataLoader<RegistrationsByWebinarIdDataLoader>()
            .DataLoader<WebinarSeatsDataLoader>()
            .DataLoader<MyWebinarRegistrationDataLoader>()
            .DataLoader<WebinarRegistrationsByMentorIdDataLoader>()
            .DataLoader<WebinarRegistrationsByEmployerIdDataLoader>()
            .DataLoader<WebinarInvitationByIdDataLoader>()
            .DataLoader<InvitationsByWebinarIdDataLoader>()
            .DataLoader<InvitationsByMentorIdDataLoader>()
            .DataLoader<InvitationsByEmployerIdDataLoader>()
            .Extend<MentorGraphType>(mentor => mentor.AddWebinarRegistrationsField())
            .Extend<EmployerGraphType>(employer => employer.AddWebinarRegistrationsField())
            .Extend<MentorGraphType>(mentor => mentor.AddWebinarInvitationsField())
            .Extend<EmployerGraphType>(employer => employer.AddWebinarInvitationsField())
            .Filter(WebinarFilters.Definition)
            .Sort(WebinarFilters.Sorting)
            .Query(WebinarQueries.AddWebinarQueries)
            .Mutation(WebinarMutations.AddWebinarMutations)
            .Mutation(WebinarLifecycleMutations.AddWebinarLifecycleMutations)
            .Mutation(WebinarRegistrationMutations.AddWebinarRegistrationMutations)
            .Mutation(WebinarAttendanceMutations.AddWebinarAttendanceMutations)
            .Mutation(WebinarInvitationMutations.AddWebinarInvitationMutations)
            .Mutation(WebinarInvitationResponseMutations.AddWebinarInvitationResponseMutations)
            .Endpoints(WebinarCalendarEndpoints.Map)
            .Events<WebinarRegistrationEvents>()
            .Subscription(WebinarRegistrationSubscriptions.AddWebinarRegistrationSubscriptions);
    }
}
