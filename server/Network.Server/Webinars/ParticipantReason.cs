namespace Network.Server.Webinars;

/// <summary>One reason a participant is suggested for a webinar, with what it adds to the score; a participant's points add up to its score.</summary>
public sealed record ParticipantReason(ParticipantReasonKind Kind, string Text, double Points, int? SkillId = null);
