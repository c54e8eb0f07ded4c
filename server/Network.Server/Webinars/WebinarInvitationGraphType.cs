using GraphQL.Types;
using Network.Server.Employers;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;

namespace Network.Server.Webinars;

public sealed class WebinarInvitationGraphType : ObjectGraphType<WebinarInvitation>
{
    public WebinarInvitationGraphType()
    {
        Name = "WebinarInvitation";
        Description = "An organiser's invitation to a webinar, to a mentor or to an employer, whose admins answer it. " +
            "Seen by the invitee and the webinar's organiser and administrators. INVITED → ACCEPTED or DECLINED.";
        this.ReadableBy(Role.Mentor, Role.EmployerAdmin, Role.Organiser, Role.Admin);
        this.ImplementNode(i => i.Id);
        Field<NonNullGraphType<WebinarGraphType>>("webinar")
            .Resolve(c => c.Service<WebinarByIdDataLoader>().LoadAsync(c.Source.WebinarId));
        Field<IdGraphType>("mentorId")
            .Description("The mentor invited, by ID only, as `suggestedMentors` gives it; null when an employer is.")
            .Resolve(c => c.Source.MentorId is { } id ? GlobalId.Serialize("Mentor", id) : null);
        Field<EmployerGraphType>("employer")
            .Description("The employer invited; null when a mentor is.")
            .Resolve(c => c.Source.EmployerId is { } id ? c.Service<EmployerByIdDataLoader>().LoadAsync(id) : null);
        Field(i => i.Status).Description("INVITED until the invitee answers; ACCEPTED (a mentor is then registered) or DECLINED.");
        Field(i => i.InvitedAt);
        Field(i => i.RespondedAt, nullable: true);
        Field(i => i.UpdatedAt);
    }
}
