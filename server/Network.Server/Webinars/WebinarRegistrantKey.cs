namespace Network.Server.Webinars;

/// <summary>A webinar and one who may register for it: a mentor, or an employer through its admin.</summary>
public readonly record struct WebinarRegistrantKey(int WebinarId, int? MentorId, int? EmployerId);
