using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Mutations;
using Network.Server.Mentors;

namespace Network.Server.Programmes;

/// <summary>A mentor who leaves the network leaves every programme they were nominated for or enrolled in.</summary>
internal sealed class ProgrammeDepartureHandler : IMentorDepartureHandler
{
    public const string Reason = "The mentor left the network.";

    public async Task<Action<MutationContext, DateTimeOffset>> LockAsync(NetworkDbContext db, int mentorId, CancellationToken cancellationToken)
    {
        var enrolments = await db.ProgrammeEnrolments
            .FromSql($"SELECT * FROM programme_enrolments WHERE mentor_id = {mentorId} AND status <> {(int)EnrolmentStatus.Withdrawn} ORDER BY id FOR UPDATE")
            .ToListAsync(cancellationToken);
        return (_, at) =>
        {
            foreach (var enrolment in enrolments)
            {
                enrolment.Status = EnrolmentStatus.Withdrawn;
                enrolment.WithdrawnAt = at;
                enrolment.WithdrawalReason = Reason;
                enrolment.UpdatedAt = at;
            }
        };
    }
}
