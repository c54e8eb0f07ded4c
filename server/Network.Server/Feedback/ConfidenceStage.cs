namespace Network.Server.Feedback;

/// <summary>When in a pairing a mentor checks in on their confidence. Stored as numbers; members are only appended.</summary>
public enum ConfidenceStage
{
    Start,

    Midpoint,

    End,
}
