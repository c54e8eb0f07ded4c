namespace Network.Server.Webinars;

/// <summary>How a webinar meets. Stored as numbers; members are only appended.</summary>
public enum WebinarFormat
{
    /// <summary>Online, at a join link.</summary>
    Online,

    /// <summary>In person, at a venue.</summary>
    InPerson,
}
