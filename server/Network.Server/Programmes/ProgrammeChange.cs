namespace Network.Server.Programmes;

/// <summary>A change of a programme's status; <see cref="Programme.Allows"/> says which statuses each starts from.</summary>
public enum ProgrammeChange
{
    /// <summary>Publishes the programme and opens recruitment.</summary>
    Open,

    Start,

    Complete,

    Cancel,

    /// <summary>Its details change (not a status): while it is prepared or recruiting.</summary>
    Edit,

    /// <summary>Employers join and mentors enrol (not a status): while it recruits or runs, until the deadline.</summary>
    Enrol,

    /// <summary>Pairs are planned and proposed within it (not a status): while it recruits or runs.</summary>
    Pair,

    /// <summary>Its objectives are added, changed or removed (not a status): until it completes or is cancelled.</summary>
    SetObjectives,
}
