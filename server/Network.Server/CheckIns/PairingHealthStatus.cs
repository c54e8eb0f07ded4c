namespace Network.Server.CheckIns;

/// <summary>How a pairing is doing against its programme's cadence, most urgent last.</summary>
public enum PairingHealthStatus
{
    /// <summary>Meeting as often as agreed, with nothing open.</summary>
    OnTrack,

    /// <summary>Behind its cadence, missing sessions, or with a concern open: a coordinator should look soon.</summary>
    AtRisk,

    /// <summary>Paused, or no session for three times its cadence and none scheduled: a coordinator should act.</summary>
    Stalled,
}
