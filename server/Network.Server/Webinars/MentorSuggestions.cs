using System.Globalization;
using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Mentors;

namespace Network.Server.Webinars;

/// <summary>
/// Active mentors who want a webinar's topics, ranked in SQL: topics wanted, a format and sector that suit it and,
/// in person, the distance to the venue, which must lie within how far they travel. Their location is used
/// only rounded to whole kilometres, for the rank as for what is shown. The reasons are read for the page only.
/// </summary>
internal static class MentorSuggestions
{
    /// <summary>The rank, as SQL computes it; <see cref="AddReasonsAsync"/> gives the same score as the sum of the reasons' points.</summary>
    public static Expression<Func<SuggestedMentor, double>> Score(Webinar webinar)
    {
        var unsuited = Unsuited(webinar.Format);
        var sectors = webinar.Sectors;
        return s => (WebinarParticipants.WantedTopicPoints * s.WantedTopics)
            + (s.Format != unsuited ? WebinarParticipants.FitPoints : 0)
            + (sectors.Contains(s.EmployerSector) ? WebinarParticipants.FitPoints : 0)
            - ((s.DistanceKm ?? 0) / WebinarParticipants.KmPerPoint);
    }

    /// <summary>Every active mentor who wants one of the webinar's topics; in person, within their travel distance of the venue and <paramref name="withinKm"/> when given.</summary>
    public static IQueryable<SuggestedMentor> Query(NetworkDbContext db, Webinar webinar, double? withinKm)
    {
        var webinarId = webinar.Id;
        var invitations = db.WebinarInvitations;
        var registrations = db.WebinarRegistrations;
        var topics = webinar.TopicSkillIds;
        var venue = webinar.Location;
        var mentors = db.Mentors.Where(m => m.Status == MentorStatus.Active && m.Wants.Any(w => topics.Contains(w.SkillId)));
        if (venue is not null)
        {
            mentors = mentors.Where(m => m.Location.IsWithinDistance(venue, m.MaxTravelKm * 1000.0));
            if (withinKm is { } km)
            {
                mentors = mentors.Where(m => m.Location.IsWithinDistance(venue, km * 1000));
            }
        }

        return mentors.Select(m => new SuggestedMentor
        {
            MentorId = m.Id,
            CareerStage = m.CareerStage,
            Format = m.Format,
            EmployerSector = m.Employer!.Sector,
            WantedTopics = m.Wants.Count(w => topics.Contains(w.SkillId)),

            // Rounded in SQL, so that no finer distance leaves the database; null online.
            DistanceKm = (double?)Math.Round(m.Location.Distance(venue!) / 1000),
            InvitationId = invitations.Where(i => i.WebinarId == webinarId && i.MentorId == m.Id).Select(i => (int?)i.Id).FirstOrDefault(),
            RegistrationStatus = registrations
                .Where(r => r.WebinarId == webinarId && r.MentorId == m.Id && (r.Status == WebinarRegistrationStatus.Registered || r.Status == WebinarRegistrationStatus.Waitlisted))
                .Select(r => (WebinarRegistrationStatus?)r.Status).FirstOrDefault(),
        });
    }

    /// <summary>Explains each mentor of the page and sets its score to the sum of the reasons' points.</summary>
    public static async Task AddReasonsAsync(NetworkDbContext db, Webinar webinar, IReadOnlyList<SuggestedMentor> page, CancellationToken cancellationToken)
    {
        var ids = page.Select(p => p.MentorId).ToList();
        var topics = webinar.TopicSkillIds;
        var wanted = await db.WantedSkills.Where(w => ids.Contains(w.MentorId) && topics.Contains(w.SkillId))
            .Select(w => new { w.MentorId, w.SkillId, Skill = w.Skill!.Name, w.Level })
            .ToListAsync(cancellationToken);
        foreach (var mentor in page)
        {
            var own = topics.SelectMany(id => wanted.Where(w => w.MentorId == mentor.MentorId && w.SkillId == id)).ToList();
            var reasons = own
                .Select(w => new ParticipantReason(ParticipantReasonKind.WantsTopic, $"Wants to learn {w.Skill} ({Name(w.Level)} today)", WebinarParticipants.WantedTopicPoints, w.SkillId))
                .ToList();
            if (mentor.Format != Unsuited(webinar.Format))
            {
                reasons.Add(new(ParticipantReasonKind.Format, $"Prefers {Name(mentor.Format)} mentoring, which suits an {Name(webinar.Format)} webinar", WebinarParticipants.FitPoints));
            }

            if (webinar.Sectors.Contains(mentor.EmployerSector))
            {
                reasons.Add(new(ParticipantReasonKind.Sector, $"Works in {Name(mentor.EmployerSector)}, which the webinar is for", WebinarParticipants.FitPoints));
            }

            if (mentor.DistanceKm is { } km)
            {
                var text = $"About {km.ToString("0", CultureInfo.InvariantCulture)} km from the venue, within how far they travel";
                reasons.Add(new(ParticipantReasonKind.Distance, text, -km / WebinarParticipants.KmPerPoint));
            }

            mentor.WantedSkillIds = own.ConvertAll(w => w.SkillId);
            mentor.Reasons = reasons;
            mentor.Score = reasons.Sum(r => r.Points);
        }
    }

    /// <summary>The one way of mentoring that does not suit the webinar's format: online only for an in-person webinar, and the reverse.</summary>
    private static MentoringFormat Unsuited(WebinarFormat format) => format == WebinarFormat.Online ? MentoringFormat.InPerson : MentoringFormat.Online;

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToConstantCase();
}
