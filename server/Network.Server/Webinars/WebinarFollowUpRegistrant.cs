using Network.Server.Geo;
using Network.Server.Skills;

namespace Network.Server.Webinars;

/// <summary>
/// What the follow-up knows of one live registration: whether it held a seat and came, the sector and local authority of the
/// employer (the mentor's own, for a mentor), the topics it wanted, and whether it enrolled or was paired after the start.
/// </summary>
public sealed record WebinarFollowUpRegistrant(
    bool Registered,
    bool Attended,
    Sector Sector,
    LocalAuthority LocalAuthority,
    IReadOnlySet<int> WantedTopics,
    bool EnrolledAfter,
    bool PairedAfter);
