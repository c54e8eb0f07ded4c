using System.ComponentModel;
using GraphQL;

namespace Network.Server.Webinars;

public sealed record RecordWebinarAttendanceInput(
    [property: Id] string WebinarId,
    [property: Id, Description("Registrations of people who came.")] List<string>? Attended,
    [property: Id, Description("Registrations of people who did not come.")] List<string>? Absent);
