using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.GraphQL.Relay;
using Network.Server.GraphQL.Spatial;
using Network.Server.Identity;
using Network.Server.Skills;

namespace Network.Server.Webinars;

public sealed class WebinarGraphType : ObjectGraphType<Webinar>
{
    public WebinarGraphType()
    {
        Name = "Webinar";
        Description = "An upskilling webinar: its topic skills, the sectors and audience it is for, when it runs, online or in person, and how many it takes. " +
            "DRAFT → PUBLISHED → COMPLETED, or CANCELLED.";
        this.ImplementNode(w => w.Id);
        Field(w => w.Title);
        Field(w => w.Description, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillGraphType>>>>("topics")
            .Description("The skills it teaches, in the order the organiser gave them.")
            .Resolve(c => c.Service<SkillByIdDataLoader>().LoadManyAsync(c.Source.TopicSkillIds).Then(skills => skills.OfType<Skill>().ToList()));
        Field(w => w.Sectors).Description("The sectors it is for.");
        Field(w => w.Audience).Description("Whom it is for: employers with gaps in its topics, mentors who want them, or both.");
        Field(w => w.StartsAt).Description("When it starts, in UTC.");
        Field(w => w.EndsAt).Description("When it ends, in UTC.");
        Field(w => w.DurationMinutes);
        Field(w => w.TimeZone).Description("The IANA time zone it is announced in, such as Europe/London.");
        Field(w => w.Format);
        Field<StringGraphType>("joinLink")
            .Description("Where an ONLINE webinar is joined. Null for IN_PERSON webinars, and for callers other than its organiser, administrators and those REGISTERED for it.")
            .Resolve(c => c.Source.JoinLink is null || WebinarAccess.Organises(c.Caller(), c.Source)
                ? c.Source.JoinLink
                : WebinarRegistrationFields.Mine(c)?.Then(mine => WebinarAccess.SeesJoinLink(c.Caller(), c.Source, mine) ? c.Source.JoinLink : null));
        Field(w => w.VenuePostcode, nullable: true).Description("Where an IN_PERSON webinar meets; null online.");
        Field<GeoJsonPointGraphType>("location")
            .Description("The centre of an IN_PERSON webinar's venue postcode district; null online.")
            .Resolve(c => c.Source.Location);
        Field(w => w.DistanceKm, nullable: true).Description("Kilometres from the `near` origin to the venue; null without `near`.");
        Field(w => w.Capacity).Description("The most people who may register.");
        this.AddRegistrationFields();
        this.AddParticipantFields();
        Field(w => w.Status);
        Field<StringGraphType>("organiserSubject")
            .Description("The identity-provider subject of its organiser; null for callers other than that organiser and administrators.")
            .Resolve(c => WebinarAccess.Organises(c.Caller(), c.Source) ? c.Source.OrganiserSubject : null);
        Field(w => w.CreatedAt);
        Field(w => w.UpdatedAt);
        Field(w => w.PublishedAt, nullable: true);
        Field(w => w.CompletedAt, nullable: true);
        Field(w => w.CancelledAt, nullable: true);
        Field(w => w.CancellationReason, nullable: true);
        Field<WebinarFollowUpGraphType>("followUp")
            .Description("What came of it, once it is over (COMPLETED, or PUBLISHED and ended): registrants and attendees by sector, local authority and topic, " +
                "and attendees who then enrolled in a programme or were paired, with small numbers withheld. Null before then, and for callers other than its organiser and administrators.")
            .ResolveAsync(async c => WebinarAccess.Organises(c.Caller(), c.Source) && IsOver(c.Source, c.Service<TimeProvider>().GetUtcNow())
                ? await c.Service<WebinarFollowUpReader>().ReadAsync(c.Source, c.CancellationToken)
                : null);
    }

    private static bool IsOver(Webinar webinar, DateTimeOffset now) =>
        webinar.Status == WebinarStatus.Completed || (webinar.Status == WebinarStatus.Published && webinar.IsOver(now));
}
