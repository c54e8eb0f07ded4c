using Network.Server.Evaluation;

namespace Network.Server.Webinars;

/// <summary>
/// What came of a webinar, for its organiser: who held a seat and who came, by sector, local authority and topic, and how many of
/// those who came then enrolled in a programme or were paired. Every figure about people is protected by <see cref="EvaluationDisclosure"/>.
/// </summary>
public sealed record WebinarFollowUp(
    EvaluationFigure Registered,
    EvaluationFigure Attended,
    IReadOnlyList<WebinarFollowUpGroup> BySector,
    IReadOnlyList<WebinarFollowUpGroup> ByLocalAuthority,
    IReadOnlyList<WebinarFollowUpGroup> ByTopic,
    EvaluationFigure EnrolledAfter,
    EvaluationFigure PairedAfter);
