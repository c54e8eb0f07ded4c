using System.ComponentModel;
using GraphQL;

namespace Network.Server.Webinars;

/// <summary>Who registers for a webinar: a mentor, or an employer; exactly one of the two.</summary>
public sealed record RegisterForWebinarInput(
    [property: Id] string WebinarId,
    [property: Id, Description("The calling mentor, registering themself.")] string? MentorId,
    [property: Id, Description("The employer the calling admin registers.")] string? EmployerId);
