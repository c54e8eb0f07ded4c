using Network.Server.Data;
using Network.Server.Geo;
using Network.Server.Identity;
using Network.Server.Sessions;
using Network.Server.Webinars;

namespace Network.Server.Seeding;

/// <summary>
/// Adds the demo's webinars (<see cref="DemoWebinarCatalogue"/>), organised by the organiser a <c>token --role ORGANISER</c>
/// acts as, dated from the clock's today like the programmes, each taken through its lifecycle as the mutations would, with its
/// registrations (<see cref="DemoWebinarRegistrations"/>) and invitations (<see cref="DemoWebinarInvitations"/>).
/// </summary>
internal sealed class WebinarSeeder(NetworkDbContext db, ISeedProgress progress, TimeProvider clock)
{
    private const int Seed = 20260914;

    public static string OrganiserSubject { get; } = TokenCommand.DefaultSubject(Role.Organiser);

    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var now = DemoMoments.Now(clock);
        var london = TimeZoneInfo.FindSystemTimeZoneById(SessionRules.DefaultTimeZone);
        var webinars = new List<Webinar>();
        foreach (var definition in DemoWebinarCatalogue.All)
        {
            var day = DateTime.SpecifyKind(now.UtcDateTime.Date.AddDays(definition.StartsInDays).AddHours(definition.StartsAtHour), DateTimeKind.Unspecified);
            var startsAt = new DateTimeOffset(day, london.GetUtcOffset(day)).ToUniversalTime();
            var created = DemoMoments.Earlier(startsAt.AddDays(-30), now.AddDays(-1));
            var webinar = new Webinar
            {
                Title = definition.Title,
                Description = definition.Description,
                TopicSkillIds = [.. definition.TopicSkillIds],
                Sectors = [.. definition.Sectors.Order()],
                Audience = definition.Audience,
                TimeZone = SessionRules.DefaultTimeZone,
                Format = definition.VenuePostcode is null ? WebinarFormat.Online : WebinarFormat.InPerson,
                JoinLink = definition.JoinLink,
                VenuePostcode = definition.VenuePostcode,
                Location = definition.VenuePostcode is { } postcode ? PostcodeDirectory.Instance.Locate(postcode) : null,
                Capacity = definition.Capacity,
                Status = WebinarStatus.Draft,
                OrganiserSubject = OrganiserSubject,
                CreatedAt = created,
                UpdatedAt = created,
            };
            webinar.Schedule(startsAt, definition.DurationMinutes, SessionRules.DefaultTimeZone);
            // The cancelled one was published first, so that people had registered and now hold its notice.
            if (definition.Status is WebinarStatus.Published or WebinarStatus.Completed or WebinarStatus.Cancelled)
            {
                webinar.Publish(created.AddDays(1));
            }

            if (definition.Status == WebinarStatus.Completed)
            {
                webinar.Complete(DemoMoments.Earlier(webinar.EndsAt.AddDays(1), now));
            }

            if (definition.Status == WebinarStatus.Cancelled)
            {
                webinar.Cancel(definition.CancellationReason!, now.AddDays(-2));
            }

            webinars.Add(webinar);
        }

        db.Webinars.AddRange(webinars);
        await db.SaveChangesAsync(cancellationToken);
        var registrations = new DemoWebinarRegistrations(db, new DemoRandom(Seed), now);
        foreach (var (webinar, definition) in webinars.Zip(DemoWebinarCatalogue.All))
        {
            db.WebinarRegistrations.AddRange(await registrations.CreateAsync(webinar, definition.Registrants, cancellationToken));
        }

        await db.SaveChangesAsync(cancellationToken);
        var invitations = new DemoWebinarInvitations(db, new DemoRandom(Seed + 1), now);
        foreach (var (webinar, definition) in webinars.Zip(DemoWebinarCatalogue.All))
        {
            db.WebinarInvitations.AddRange(await invitations.CreateAsync(webinar, definition.InvitedEmployers, definition.InvitedMentors, cancellationToken));
        }

        await db.SaveChangesAsync(cancellationToken);
        progress.Report("Webinars", webinars.Count, webinars.Count);
        return webinars.Count;
    }
}
