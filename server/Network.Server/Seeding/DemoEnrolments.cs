using Network.Server.Mentors;
using Network.Server.Programmes;
using Network.Server.Training;
using static Network.Server.Seeding.DemoMoments;

namespace Network.Server.Seeding;

/// <summary>
/// Enrols a few mentors of each employer that joined a demo programme, some of them nominated by their
/// employer first, and at some employers one more nominated who has not accepted yet; enrolment is with
/// consent and the code of conduct of the day. Most enrolled mentors then complete every module the
/// programme requires within three weeks; the others part of them, so they are not yet ready to be paired.
/// </summary>
internal sealed class DemoEnrolments(DemoRandom random, DateTimeOffset now)
{
    /// <summary>The module run as a workshop, and so recorded by the programme's coordinator rather than by the mentor.</summary>
    private const int WorkshopModuleId = 1;

    public void Enrol(Programme programme, DemoUptake uptake, IReadOnlyList<ProgrammeEmployer> joined, ILookup<int, Mentor> mentors, DemoProgrammeRows rows)
    {
        // A running programme took most of its enrolments before it started and a few in its first weeks.
        var enrolBy = Earlier(programme.StartedAt?.AddDays(14) ?? now, now.AddDays(-2));
        var enrolled = 0;
        foreach (var join in joined)
        {
            var staff = mentors[join.EmployerId]
                .Where(m => m.CreatedAt < enrolBy.AddDays(-1) && EnrolmentRules.MentorFits(programme, m) is null)
                .ToArray();
            random.Shuffle(staff);
            var count = Math.Min(Math.Min(random.Between(1, uptake.MostEnrolledPerEmployer), staff.Length), programme.MaxMentors - enrolled);
            for (var i = 0; i < count; i++)
            {
                rows.Enrolments.Add(Enrolled(programme, uptake, staff[i], join, enrolBy, rows));
            }

            enrolled += count;
            if (count < staff.Length && random.Chance(uptake.NominationPercent))
            {
                rows.Enrolments.Add(Nominated(programme, staff[count], join));
            }
        }
    }

    private ProgrammeEnrolment Enrolled(Programme programme, DemoUptake uptake, Mentor mentor, ProgrammeEmployer join, DateTimeOffset enrolBy, DemoProgrammeRows rows)
    {
        var from = Later(join.JoinedAt, mentor.CreatedAt).AddHours(1);
        DateTimeOffset? nominated = random.Chance(50) ? random.Between(from, enrolBy) : null;
        var enrolledAt = nominated is { } at ? random.Between(at, Earlier(at.AddDays(7), enrolBy)) : random.Between(from, enrolBy);
        Train(programme, uptake, mentor.Id, enrolledAt, rows);
        return new ProgrammeEnrolment
        {
            ProgrammeId = programme.Id,
            MentorId = mentor.Id,
            EmployerId = mentor.EmployerId,
            Status = EnrolmentStatus.Enrolled,
            NominatedAt = nominated,
            NominatedBySubject = nominated is null ? null : join.JoinedBySubject,
            EnrolledAt = enrolledAt,
            ConsentGivenAt = enrolledAt,
            ConductVersion = programme.ConductVersion,
            ConductAcceptedAt = enrolledAt,
            UpdatedAt = enrolledAt,
        };
    }

    /// <summary>A nomination of the last three weeks of enrolment (up to today while it is open) that the mentor has not accepted.</summary>
    private ProgrammeEnrolment Nominated(Programme programme, Mentor mentor, ProgrammeEmployer join)
    {
        var closes = new DateTimeOffset(programme.EnrolmentClosesOn.ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero);
        var until = Earlier(closes, now.AddHours(-1));
        var nominated = random.Between(Later(Later(join.JoinedAt, mentor.CreatedAt).AddHours(1), until.AddDays(-21)), until);
        return new ProgrammeEnrolment
        {
            ProgrammeId = programme.Id,
            MentorId = mentor.Id,
            EmployerId = mentor.EmployerId,
            Status = EnrolmentStatus.Nominated,
            NominatedAt = nominated,
            NominatedBySubject = join.JoinedBySubject,
            UpdatedAt = nominated,
        };
    }

    /// <summary>Completes all the required modules or, for some mentors, only part of them; a module done for another programme counts as it is.</summary>
    private void Train(Programme programme, DemoUptake uptake, int mentorId, DateTimeOffset enrolledAt, DemoProgrammeRows rows)
    {
        int[] modules = [.. programme.RequiredTrainingModuleIds];
        random.Shuffle(modules);
        var count = random.Chance(uptake.FullyTrainedPercent) ? modules.Length : random.Between(0, modules.Length - 1);
        foreach (var module in modules.Take(count))
        {
            rows.Training.TryAdd((mentorId, module), new TrainingCompletion
            {
                MentorId = mentorId,
                TrainingModuleId = module,
                CompletedAt = random.Between(enrolledAt, Earlier(enrolledAt.AddDays(21), now.AddHours(-1))),
                RecordedBySubject = module == WorkshopModuleId ? programme.CoordinatorSubjects[0] : DemoActors.Mentor(mentorId).Subject!,
            });
        }
    }
}
