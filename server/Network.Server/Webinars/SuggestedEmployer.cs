using Network.Server.Skills;

namespace Network.Server.Webinars;

/// <summary>An employer with open gaps in a webinar's topics, as the suggestions query reads it; <see cref="Reasons"/> are added for the page.</summary>
public sealed class SuggestedEmployer
{
    public int EmployerId { get; init; }

    public Sector Sector { get; init; }

    /// <summary>Its open gaps in the webinar's topics (and sectors, when it has some).</summary>
    public int OpenGapCount { get; init; }

    public int Critical { get; init; }

    public int High { get; init; }

    public int Medium { get; init; }

    public int Low { get; init; }

    public int HardToFillVacancies { get; init; }

    /// <summary>Metres to the venue; null for an online webinar.</summary>
    public double? DistanceMetres { get; init; }

    public int? InvitationId { get; init; }

    public WebinarRegistrationStatus? RegistrationStatus { get; init; }

    public double Score { get; set; }

    public IReadOnlyList<ParticipantReason> Reasons { get; set; } = [];
}
