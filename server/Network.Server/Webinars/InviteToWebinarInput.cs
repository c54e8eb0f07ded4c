using System.ComponentModel;
using GraphQL;

namespace Network.Server.Webinars;

/// <summary>Whom an organiser invites to a webinar: employers, mentors, or both.</summary>
public sealed record InviteToWebinarInput(
    [property: Id] string WebinarId,
    [property: Id, Description("Employers to invite; their admins answer.")] List<string>? EmployerIds,
    [property: Id, Description("Mentors to invite, by the IDs `suggestedMentors` gives.")] List<string>? MentorIds);
