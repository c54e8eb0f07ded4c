using GraphQL.Types;
using Network.Server.Auditing;
using Network.Server.Mentors;
using Network.Server.Pairings;

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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryGraphType>>>>("auditLog")
            .Description("Every recorded action on the mentor's data, oldest first.")
            .Resolve(c => c.Source.AuditLog);
    }
}
