using GraphQL.Types;
using Network.Server.Agreements;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Skills;

namespace Network.Server.Sessions;

public sealed class SessionGraphType : ObjectGraphType<PairingSession>
{
    public SessionGraphType()
    {
        Name = "Session";
        Description = "A meeting of a pairing's two mentors, seen by whoever sees the pairing. Times are UTC; `timeZone` is where the mentors meet.";
        this.ImplementNode(s => s.Id);
        this.ReadableBy(Role.Mentor, Role.EmployerAdmin, Role.Coordinator, Role.Admin);
        Field<NonNullGraphType<PairingGraphType>>("pairing")
            .Resolve(c => c.Service<PairingByIdDataLoader>().LoadAsync(c.Source.PairingId));
        Field(s => s.StartsAt);
        Field(s => s.EndsAt);
        Field(s => s.TimeZone).Description("The IANA time zone the session was scheduled in, such as Europe/London.");
        Field<NonNullGraphType<StringGraphType>>("localStart")
            .Description("The start as the mentors see it in `timeZone`, ISO 8601 with its offset (2027-03-04T09:30:00+00:00).")
            .Resolve(c => SessionTimes.Local(c.Source.StartsAt, c.Source.TimeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        Field(s => s.DurationMinutes);
        Field(s => s.Format);
        Field(s => s.OnlineLink, nullable: true).Description("Where an ONLINE session meets.");
        Field(s => s.VenuePostcode, nullable: true).Description("Where an IN_PERSON session meets.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillGraphType>>>>("agenda")
            .Description("The skills the session works on.")
            .Resolve(c => c.Service<SkillByIdDataLoader>().LoadManyAsync(c.Source.AgendaSkillIds).Then(skills => skills.OfType<Skill>().ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementGoalGraphType>>>>("agendaGoals")
            .Description("The goals of the pairing's agreement the session works on.")
            .Resolve(c => c.Service<AgreementGoalByIdDataLoader>().LoadManyAsync(c.Source.AgendaGoalIds).Then(goals => goals.OfType<AgreementGoal>().ToList()));
        Field(s => s.Status);
        Field<NonNullGraphType<MentorGraphType>>("scheduledBy")
            .Resolve(c => c.Service<MentorByIdDataLoader>().LoadAsync(c.Source.ScheduledByMentorId));
        Field(s => s.ScheduledAt);
        Field(s => s.RescheduleCount).Description("How many times the session was moved.");
        Field(s => s.CancelledAt, nullable: true);
        Field(s => s.CancellationReason, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("absentMentorIds")
            .Description("Who did not come, once both mentors' reports agree (MISSED); empty otherwise.")
            .Resolve(c => c.Source.Status == SessionStatus.Missed
                ? c.Source.AbsentReportedByA!.Select(id => GlobalId.Serialize("Mentor", id)).ToList()
                : []);
        Field<NonNullGraphType<BooleanGraphType>>("awaitingMyReport")
            .Description("Whether the session is over and the calling mentor has not yet said who came.")
            .Resolve(c => c.Caller().MentorId is { } me && c.Source.Status == SessionStatus.Scheduled && c.Source.EndsAt <= c.Service<TimeProvider>().GetUtcNow()
                && (me == c.Source.MentorAId ? c.Source.AbsentReportedByA is null : me == c.Source.MentorBId && c.Source.AbsentReportedByB is null));
        Field<SessionNoteGraphType>("myNote")
            .Description("The calling mentor's private note on the session; null for anyone else, the partner included.")
            .Resolve(c => c.Caller().MentorId is { } me && c.Source.Involves(me)
                ? c.Service<SessionNoteDataLoader>().LoadAsync((c.Source.Id, me))
                : null);
    }
}
