using Network.Server.Programmes;

namespace Network.Server.Evaluation;

/// <summary>
/// What a programme achieved, in figures: who took part, how the pairs met, what learners and mentors said, whether mentors stayed,
/// what became of the gaps it targeted, and each objective against its target. <see cref="Suppressed"/> says whether small numbers
/// were withheld (for partners and coordinators of other programmes).
/// </summary>
public sealed record ProgrammeEvaluation(
    Programme Programme,
    DateTimeOffset EvaluatedAt,
    bool Suppressed,
    ParticipationEvaluation Participation,
    SessionEvaluation Sessions,
    ConfidenceEvaluation Confidence,
    SurveyEvaluation Surveys,
    IReadOnlyList<RetentionEvaluation> Retention,
    GapEvaluation Gaps,
    IReadOnlyList<ObjectiveEvaluation> Objectives);
