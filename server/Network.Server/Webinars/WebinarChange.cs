namespace Network.Server.Webinars;

/// <summary>A change of a webinar; <see cref="Webinar.Allows"/> says which statuses each starts from.</summary>
public enum WebinarChange
{
    /// <summary>Makes it public: anyone sees it.</summary>
    Publish,

    /// <summary>Records that it took place, once it has ended.</summary>
    Complete,

    Cancel,

    /// <summary>Its details change (not a status): while it is prepared or published.</summary>
    Edit,

    /// <summary>The organiser records who came (not a status): once it has started, while published or after it completes.</summary>
    RecordAttendance,

    /// <summary>The organiser invites employers and mentors (not a status): once it is published, so that invitees can register.</summary>
    Invite,
}
