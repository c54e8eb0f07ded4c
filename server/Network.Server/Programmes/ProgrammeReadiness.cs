using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Mentors;
using Network.Server.Training;

namespace Network.Server.Programmes;

/// <summary>Reads how ready enrolled mentors are to be paired, for planning, proposing and showing enrolments alike.</summary>
public static class ProgrammeReadiness
{
    /// <summary>The readiness of the enrolments <paramref name="enrolments"/> selects (at most a few thousand), by enrolment ID; two queries.</summary>
    public static async Task<Dictionary<int, EnrolmentReadiness>> OfAsync(NetworkDbContext db, IQueryable<ProgrammeEnrolment> enrolments, CancellationToken cancellationToken)
    {
        var rows = await (
                from enrolment in enrolments.AsNoTracking()
                join programme in db.Programmes on enrolment.ProgrammeId equals programme.Id
                join mentor in db.Mentors on enrolment.MentorId equals mentor.Id
                select new
                {
                    enrolment.Id,
                    enrolment.MentorId,
                    enrolment.Status,
                    enrolment.ConductVersion,
                    MentorActive = mentor.Status == MentorStatus.Active,
                    programme.RequiredTrainingModuleIds,
                    CurrentConduct = programme.ConductVersion,
                })
            .ToListAsync(cancellationToken);
        int[] mentorIds = [.. rows.Select(r => r.MentorId).Distinct()];
        var completed = (await db.TrainingCompletions.AsNoTracking()
                .Where(c => mentorIds.Contains(c.MentorId))
                .Select(c => new { c.MentorId, c.TrainingModuleId })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.MentorId, c => c.TrainingModuleId);
        return rows.ToDictionary(
            r => r.Id,
            r => new EnrolmentReadiness(
                r.MentorId,
                r.Status,
                r.MentorActive,
                [.. r.RequiredTrainingModuleIds.Where(m => !completed[r.MentorId].Contains(m)).Order()],
                r.ConductVersion == r.CurrentConduct));
    }
}
