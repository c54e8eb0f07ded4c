using Network.Server.Outcomes;
using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.SkillsGaps;
using static Network.Server.Seeding.DemoMoments;

namespace Network.Server.Seeding;

/// <summary>
/// The first retention check of a demo programme whose END checkpoint is open, as <c>recordProgrammeOutcomes</c> records it:
/// the admins of most employers with a mentor in a formed pair have answered, a few days after the checkpoint opened, for each
/// of their enrolled mentors (about one in twelve has left) and for each of their gaps the objectives target: a gap that a
/// formed pair addresses is filled with the programme's help about half the time (and closed as FILLED), otherwise still open.
/// </summary>
internal sealed class DemoOutcomes(DemoRandom random, DateTimeOffset now)
{
    public (List<RetentionCheck> Retention, List<GapOutcome> Gaps) For(
        Programme programme, IReadOnlyList<Pairing> pairings, DemoProgrammeRows rows, IReadOnlyDictionary<int, SkillsGap> gaps)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (!OutcomeRules.IsOpen(programme, OutcomeCheckpoint.End, today))
        {
            return ([], []);
        }

        var opened = OutcomeRules.OpensOn(programme, OutcomeCheckpoint.End)!.Value.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var formed = pairings.Where(p => ProgrammeFigureReader.Formed.Contains(p.Status)).ToList();
        var taught = formed.SelectMany(p => p.Skills.Select(s => (s.SkillId, Learner: s.Teacher == PairingSide.A ? p.EmployerBId : p.EmployerAId))).ToHashSet();
        var answering = formed.SelectMany(p => new[] { p.EmployerAId, p.EmployerBId }).Distinct().Order().Where((_, i) => i % 4 != 3).ToList();
        var targeted = rows.Objectives.Where(o => o.ProgrammeId == programme.Id).SelectMany(o => o.Gaps).Select(g => g.SkillsGapId).Distinct().ToList();
        var retention = new List<RetentionCheck>();
        var outcomes = new List<GapOutcome>();
        foreach (var employerId in answering)
        {
            var at = Earlier(new DateTimeOffset(opened, TimeSpan.Zero).AddDays(random.Between(1, 10)).AddMinutes(random.Between(0, 480)), now.AddDays(-1));
            var subject = DemoActors.EmployerAdmin(employerId).Subject!;
            foreach (var enrolment in rows.Enrolments.Where(e => e.ProgrammeId == programme.Id && e.EmployerId == employerId && e.Status == EnrolmentStatus.Enrolled).OrderBy(e => e.MentorId))
            {
                retention.Add(new RetentionCheck
                {
                    ProgrammeId = programme.Id,
                    MentorId = enrolment.MentorId,
                    EmployerId = employerId,
                    Checkpoint = OutcomeCheckpoint.End,
                    StillEmployed = (retention.Count % 12) != 5,
                    RecordedBySubject = subject,
                    RecordedAt = at,
                });
            }

            foreach (var gap in targeted.Select(id => gaps.GetValueOrDefault(id)).OfType<SkillsGap>().Where(g => g.EmployerId == employerId).OrderBy(g => g.Id))
            {
                var addressed = taught.Contains((gap.SkillId, employerId));
                var filled = addressed && random.Chance(50);
                outcomes.Add(new GapOutcome
                {
                    ProgrammeId = programme.Id,
                    SkillsGapId = gap.Id,
                    EmployerId = employerId,
                    Checkpoint = OutcomeCheckpoint.End,
                    Status = filled ? GapOutcomeStatus.Filled : GapOutcomeStatus.StillOpen,
                    ProgrammeHelped = addressed && (filled || random.Chance(60)),
                    RecordedBySubject = subject,
                    RecordedAt = at,
                });
                if (filled && gap.Status == SkillsGapStatus.Open)
                {
                    gap.Status = SkillsGapStatus.Filled;
                    gap.ClosedAt = at;
                    gap.UpdatedAt = at;
                }
            }
        }

        return (retention, outcomes);
    }
}
