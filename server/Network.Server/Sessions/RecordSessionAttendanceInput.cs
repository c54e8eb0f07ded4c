using System.ComponentModel;
using GraphQL;

namespace Network.Server.Sessions;

public sealed record RecordSessionAttendanceInput(
    [property: Id] string SessionId,
    [property: Id, Description("Who did not come: empty when the session was held with both, otherwise one or both of the pairing's mentors.")] List<string> AbsentMentorIds);
