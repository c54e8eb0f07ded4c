namespace Network.Server.Programmes;

/// <summary>
/// Where a programme stands: DRAFT → RECRUITING → RUNNING → COMPLETED, or CANCELLED before it completes.
/// Stored as numbers; members are only appended.
/// </summary>
public enum ProgrammeStatus
{
    /// <summary>Being prepared; seen only by its coordinators and administrators.</summary>
    Draft,

    /// <summary>Published: employers join and mentors enrol until the enrolment deadline.</summary>
    Recruiting,

    /// <summary>Under way: pairs meet; mentors may still enrol until the deadline.</summary>
    Running,

    Completed,

    Cancelled,
}
