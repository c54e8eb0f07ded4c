namespace Network.Server.Sessions;

/// <summary>How a session meets. Stored as numbers; members are only appended.</summary>
public enum SessionFormat
{
    /// <summary>Online, at a link.</summary>
    Online,

    /// <summary>In person, at a venue.</summary>
    InPerson,
}
