using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.DataLoading;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Programmes;

namespace Network.Server.Concerns;

public sealed class ConcernGraphType : ObjectGraphType<ConcernReport>
{
    public ConcernGraphType()
    {
        Name = "Concern";
        Description = "A concern a participant raised about one of their pairings in a programme, or about another participant. " +
            "Seen by the programme's coordinators, administrators and the mentor who reported it; never by the person it is about.";
        this.ImplementNode(c => c.Id);
        this.ReadableBy(Role.Mentor, Role.Coordinator, Role.Admin);
        this.DataSubject(c => new DataSubject(c.ReporterMentorId, c.ReporterEmployerId));
        Field<NonNullGraphType<ProgrammeGraphType>>("programme")
            .Resolve(c => c.Service<ProgrammeByIdDataLoader>().LoadAsync(c.Source.ProgrammeId));
        Field<NonNullGraphType<MentorGraphType>>("reporter")
            .Description("The mentor who raised the concern.")
            .Resolve(c => c.Service<MentorByIdDataLoader>().LoadAsync(c.Source.ReporterMentorId));
        Field<PairingGraphType>("aboutPairing")
            .Description("The pairing the concern is about; null when it is about a person.")
            .Resolve(c => c.Source.AboutPairingId is { } id ? c.Service<PairingByIdDataLoader>().LoadAsync(id) : null);
        Field<MentorGraphType>("aboutMentor")
            .Description("The person the concern is about; null when it is about a pairing.")
            .Resolve(c => c.Source.AboutMentorId is { } id ? c.Service<MentorByIdDataLoader>().LoadAsync(id) : null);
        Field(c => c.Category);
        Field(c => c.Description, nullable: true)
            .Description("What happened, in the reporter's words, also readable by the programme's coordinators; null once the reporter erased their data.")
            .PersonalData(PersonalDataKind.Confidential);
        Field(c => c.Status);
        Field(c => c.ReportedAt);
        Field(c => c.UpdatedAt);
        Field<ListGraphType<NonNullGraphType<ConcernActionGraphType>>>("actions")
            .Description("What coordinators did about the concern, oldest first; null for callers other than the programme's coordinators and administrators.")
            .Resolve(c =>
            {
                var caller = c.Caller();
                var actions = c.Source.Actions;
                return c.Service<ProgrammeByIdDataLoader>().LoadAsync(c.Source.ProgrammeId)
                    .Then(p => p is not null && ConcernAccess.Handles(caller, p) ? actions : null);
            });
    }
}
