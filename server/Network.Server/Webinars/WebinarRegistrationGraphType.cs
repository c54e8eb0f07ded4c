using GraphQL.Types;
using Network.Server.Employers;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;

namespace Network.Server.Webinars;

public sealed class WebinarRegistrationGraphType : ObjectGraphType<WebinarRegistration>
{
    public WebinarRegistrationGraphType()
    {
        Name = "WebinarRegistration";
        Description = "A place at a webinar, or on its waiting list, taken by a mentor or by an employer's admin for the employer. " +
            "Seen by the registrant and the webinar's organiser and administrators.";
        this.ReadableBy(Role.Mentor, Role.EmployerAdmin, Role.Organiser, Role.Admin);
        this.ImplementNode(r => r.Id);
        Field<NonNullGraphType<WebinarGraphType>>("webinar")
            .Resolve(c => c.Service<WebinarByIdDataLoader>().LoadAsync(c.Source.WebinarId));
        Field<MentorGraphType>("mentor")
            .Description("The mentor registered; null when an employer is.")
            .Resolve(c => c.Source.MentorId is { } id ? c.Service<MentorByIdDataLoader>().LoadAsync(id) : null);
        Field<EmployerGraphType>("employer")
            .Description("The employer registered by its admin; null when a mentor is.")
            .Resolve(c => c.Source.EmployerId is { } id ? c.Service<EmployerByIdDataLoader>().LoadAsync(id) : null);
        Field(r => r.Status).Description("REGISTERED holds a seat; WAITLISTED waits for one, in the order registered; CANCELLED gave it up; " +
            "WEBINAR_CANCELLED was live when the organiser cancelled the webinar (its cancellationReason says why).");
        Field(r => r.RegisteredAt).Description("When they registered; the waiting list moves up in this order.");
        Field(r => r.CancelledAt, nullable: true).Description("When the registrant gave it up, or when the webinar was cancelled.");
        Field(r => r.Attended, nullable: true).Description("Whether they came, as the organiser recorded after the start; null until recorded.");
        Field(r => r.UpdatedAt);
        Field<NonNullGraphType<StringGraphType>>("calendarPath")
            .Description("Where to download it as an iCalendar (.ics) file, relative to the server's address, with the same bearer token.")
            .Resolve(c => $"/calendar/webinar-registrations/{Uri.EscapeDataString(GlobalId.Serialize("WebinarRegistration", c.Source.Id))}.ics");
    }
}
