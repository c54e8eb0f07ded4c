namespace Network.Server.Programmes;

/// <summary>What an objective's target counts. Stored as numbers; members are only appended.</summary>
public enum ObjectiveMeasure
{
    /// <summary>Pairs of the programme accepted by both sides (accepted, active, paused or completed).</summary>
    PairsFormed,

    /// <summary>The objective's skills gaps that a formed pair of the programme teaches to the gap's employer.</summary>
    GapsAddressed,

    /// <summary>Enrolled mentors who have completed all the programme's required training.</summary>
    MentorsTrained,

    /// <summary>Sessions the programme's pairs have held; measured once sessions are recorded.</summary>
    SessionsHeld,

    /// <summary>The percentage of learners who report more confidence in a target skill; measured from feedback.</summary>
    LearnersMoreConfidentPercent,
}
