using Network.Server.Evaluation;
using Network.Server.Geo;
using Network.Server.Skills;

namespace Network.Server.Webinars;

/// <summary>One row of a webinar's follow-up: a sector, a local authority or a topic skill (exactly one), with its figures.</summary>
public sealed record WebinarFollowUpGroup(Sector? Sector, LocalAuthority? LocalAuthority, int? TopicSkillId, EvaluationFigure Registered, EvaluationFigure Attended);
