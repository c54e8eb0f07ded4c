using GraphQL.Types;
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

public sealed class PersonalDataExportGraphType : ObjectGraphType<PersonalDataExport>
{
    public PersonalDataExportGraphType()
    {
        Name = "PersonalDataExport";
        Description = "Everything the network holds about the calling mentor.";
        Field(e => e.ExportedAt);
        Field<NonNullGraphType<MentorGraphType>>("mentor").Description("The mentor's profile, with every personal field.").Resolve(c => c.Source.Mentor);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PairingGraphType>>>>("pairings")
            .Description("Every pairing the mentor has been part of, in any status, oldest first, each with its history.")
            .Resolve(c => c.Source.Pairings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentorBlockGraphType>>>>("blocks")
            .Description("Every mentor the mentor has blocked, oldest first. Blocks other mentors have made of this one are theirs, and not shown.")
            .Resolve(c => c.Source.Blocks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgrammeEnrolmentGraphType>>>>("programmeEnrolments")
            .Description("Every programme the mentor was nominated for, enrolled in or withdrew from, with their consent and the code of conduct they accepted, oldest first.")
            .Resolve(c => c.Source.ProgrammeEnrolments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingCompletionGraphType>>>>("trainingCompletions")
            .Description("Every training module the mentor completed, oldest first.")
            .Resolve(c => c.Source.TrainingCompletions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConcernGraphType>>>>("concernsRaised")
            .Description("Every concern the mentor raised, with what they wrote, oldest first. Concerns others raised about the mentor are theirs, and not shown.")
            .Resolve(c => c.Source.ConcernsRaised);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SessionNoteGraphType>>>>("sessionNotes")
            .Description("The mentor's private notes on their sessions, oldest first.")
            .Resolve(c => c.Source.SessionNotes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SessionRatingGraphType>>>>("sessionRatings")
            .Description("The mentor's ratings of their sessions, with what helped, oldest first.")
            .Resolve(c => c.Source.SessionRatings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConfidenceRatingGraphType>>>>("confidenceRatings")
            .Description("The mentor's confidence check-ins in the skills they learn in their pairings, oldest first.")
            .Resolve(c => c.Source.ConfidenceRatings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PairingSurveyGraphType>>>>("pairingSurveys")
            .Description("The mentor's end-of-pairing surveys, with their comments, oldest first.")
            .Resolve(c => c.Source.PairingSurveys);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RetentionCheckGraphType>>>>("retentionChecks")
            .Description("Employers' confirmations, after the programmes the mentor took part in, of whether the mentor still worked there, oldest first.")
            .Resolve(c => c.Source.RetentionChecks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebinarRegistrationGraphType>>>>("webinarRegistrations")
            .Description("Every webinar registration the mentor made, cancelled ones too, oldest first.")
            .Resolve(c => c.Source.WebinarRegistrations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebinarInvitationGraphType>>>>("webinarInvitations")
            .Description("Every webinar invitation the mentor received and answered, and those still open, oldest first.")
            .Resolve(c => c.Source.WebinarInvitations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryGraphType>>>>("auditLog")
            .Description("Every recorded action on the mentor's data, oldest first.")
            .Resolve(c => c.Source.AuditLog);
    }
}
