namespace Network.Server.Webinars;

/// <summary>
/// Where a webinar stands: DRAFT → PUBLISHED → COMPLETED, or CANCELLED before it completes.
/// Stored as numbers; members are only appended.
/// </summary>
public enum WebinarStatus
{
    /// <summary>Being prepared; seen only by its organiser and administrators.</summary>
    Draft,

    /// <summary>Announced: anyone sees it.</summary>
    Published,

    /// <summary>It took place.</summary>
    Completed,

    Cancelled,
}
