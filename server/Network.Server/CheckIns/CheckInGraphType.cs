using GraphQL.Types;
using Network.Server.Identity;

namespace Network.Server.CheckIns;

public sealed class CheckInGraphType : ObjectGraphType<CheckIn>
{
    public CheckInGraphType()
    {
        Name = "CheckIn";
        Description = "A coordinator's check-in on a programme pairing, seen by the programme's coordinators and administrators.";
        this.ReadableBy(Role.Coordinator, Role.Admin);
        Field(c => c.Note);
        Field(c => c.Actions);
        Field(c => c.FollowUpOn, nullable: true);
        Field(c => c.HealthStatus).Description("The pairing's health when the check-in was recorded.");
        Field(c => c.CoordinatorSubject);
        Field(c => c.RecordedAt);
    }
}
