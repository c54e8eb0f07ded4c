namespace Network.Server.Programmes;

/// <summary>
/// Where a mentor's enrolment stands: NOMINATED by their employer's admin, ENROLLED once the mentor
/// accepts (or enrols themself), WITHDRAWN when they leave the programme. Stored as numbers; members are only appended.
/// </summary>
public enum EnrolmentStatus
{
    Nominated,

    Enrolled,

    Withdrawn,
}
