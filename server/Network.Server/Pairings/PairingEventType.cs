namespace Network.Server.Pairings;

/// <summary>What happened to a pairing.</summary>
public enum PairingEventType
{
    /// <summary>The pairing was proposed.</summary>
    Proposed,

    /// <summary>One side's mentor accepted.</summary>
    AcceptedByMentor,

    /// <summary>One side's employer approved (an employer admin, or an administrator for them).</summary>
    ApprovedByEmployer,

    /// <summary>Every required acceptance was in: the pairing counts against both mentors' capacity.</summary>
    Accepted,

    Declined,

    Activated,

    Completed,

    Ended,

    /// <summary>A coordinator or administrator paused the active pairing.</summary>
    Paused,

    /// <summary>A coordinator or administrator made the paused pairing active again.</summary>
    Resumed,
}
