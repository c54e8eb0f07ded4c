using Network.Server.Auditing;
using Network.Server.Concerns;
using Network.Server.Feedback;
using Network.Server.Mentors;
using Network.Server.Outcomes;
using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.Sessions;
using Network.Server.Training;
using Network.Server.Webinars;

namespace Network.Server.PersonalData;

/// <summary>
/// Everything the network holds about a mentor: their profile, their pairings, the mentors they have blocked,
/// their programme enrolments and training, the concerns they raised, their session notes, their feedback (session ratings, confidence check-ins, surveys), their employers' confirmations of whether they stayed after a programme, their webinar registrations and invitations, and every recorded action on their data.
/// </summary>
public sealed record PersonalDataExport(
    DateTimeOffset ExportedAt,
    Mentor Mentor,
    IReadOnlyList<Pairing> Pairings,
    IReadOnlyList<MentorBlock> Blocks,
    IReadOnlyList<ProgrammeEnrolment> ProgrammeEnrolments,
    IReadOnlyList<TrainingCompletion> TrainingCompletions,
    IReadOnlyList<ConcernReport> ConcernsRaised,
    IReadOnlyList<SessionNote> SessionNotes,
    IReadOnlyList<SessionRating> SessionRatings,
    IReadOnlyList<ConfidenceRating> ConfidenceRatings,
    IReadOnlyList<PairingSurvey> PairingSurveys,
    IReadOnlyList<RetentionCheck> RetentionChecks,
    IReadOnlyList<WebinarRegistration> WebinarRegistrations,
    IReadOnlyList<WebinarInvitation> WebinarInvitations,
    IReadOnlyList<AuditEntry> AuditLog);
