using Network.Server.Mentors;
using Network.Server.Skills;

namespace Network.Server.Webinars;

/// <summary>
/// A mentor who wants a webinar's topics, as the suggestions query reads it: nothing that names or places the
/// person, only the distance to the venue in whole kilometres. <see cref="Reasons"/> are added for the page.
/// </summary>
public sealed class SuggestedMentor
{
    public int MentorId { get; init; }

    public CareerStage CareerStage { get; init; }

    public MentoringFormat Format { get; init; }

    /// <summary>The sector of the mentor's employer, for the score and its reason; one of three, so it names nobody, unlike the employer itself.</summary>
    public Sector EmployerSector { get; init; }

    /// <summary>How many of the webinar's topics they want to learn.</summary>
    public int WantedTopics { get; init; }

    /// <summary>Kilometres to the venue, rounded to the nearest whole one; null for an online webinar.</summary>
    public double? DistanceKm { get; init; }

    public int? InvitationId { get; init; }

    public WebinarRegistrationStatus? RegistrationStatus { get; init; }

    public double Score { get; set; }

    public IReadOnlyList<int> WantedSkillIds { get; set; } = [];

    public IReadOnlyList<ParticipantReason> Reasons { get; set; } = [];
}
