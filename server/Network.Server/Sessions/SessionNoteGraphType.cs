using GraphQL.Types;
using Network.Server.GraphQL.Access;
using Network.Server.Identity;

namespace Network.Server.Sessions;

public sealed class SessionNoteGraphType : ObjectGraphType<SessionNote>
{
    public SessionNoteGraphType()
    {
        Name = "SessionNote";
        Description = "A mentor's private note on a session.";
        this.ReadableBy(Role.Mentor, Role.Admin);
        this.DataSubject(n => new DataSubject(n.AuthorMentorId, n.AuthorEmployerId));
        Field(n => n.Text, nullable: true).PersonalData(PersonalDataKind.Confidential);
        Field(n => n.UpdatedAt);
    }
}
