namespace Network.Server.Evaluation;

/// <summary>Who teaches whom in a pairing, by the two mentors' career stages.</summary>
public enum TeachingDirection
{
    /// <summary>Reverse mentoring: an earlier-career mentor teaches a later-career one.</summary>
    JuniorToSenior,

    /// <summary>A later-career mentor teaches an earlier-career one.</summary>
    SeniorToJunior,

    /// <summary>Both mentors are at the same career stage.</summary>
    Peer,
}
