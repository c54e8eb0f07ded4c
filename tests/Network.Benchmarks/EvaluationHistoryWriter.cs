using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Network.Server.Data;
using Network.Server.Feedback;
using Network.Server.Geo;
using Network.Server.Mentors;
using Network.Server.Outcomes;
using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.Sessions;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Training;
using Npgsql;

namespace Network.Benchmarks;

/// <summary>
/// Writes a running programme's history straight into the database as rows, with EF Core in batches (set-up, not measured):
/// its employers, enrolments, pairs with the skills each side teaches, their sessions, ratings, confidence, surveys,
/// retention checks, training, objectives of every measure and the outcomes of the gaps they target. Drawn with a fixed seed.
/// </summary>
internal static class EvaluationHistoryWriter
{
    public const int PairCount = 1_000;

    public const int SessionsPerPair = 20;

    private const int WithdrawnCount = 40;

    private const int Seed = 20261129;

    private const int BatchSize = 5_000;

    /// <summary>Of the gaps the programme's gap objective targets, how many its pairs teach towards, and how many others.</summary>
    private const int AddressedTargets = 60;

    private const int OtherTargets = 40;

    private static readonly int[] RequiredTraining = [1, 2, 6];

    public static async Task<EvaluationHistory> WriteAsync(IDbContextFactory<NetworkDbContext> factory, string connectionString, int[] active, string coordinator)
    {
        var clock = Stopwatch.StartNew();
        void Progress(string step) => Console.WriteLine($"Set-up, {clock.Elapsed.TotalSeconds,5:F1} s: {step}");
        var random = new Random(Seed);
        var now = DateTimeOffset.UtcNow;
        var start = now.AddDays(-7 * (SessionsPerPair - 2));

        int[] sample = PlanBenchmark.Pool(active, 2 * PairCount + WithdrawnCount, Seed);
        Dictionary<int, int> employerOf;
        int[] skillIds;
        List<Gap> openGaps;
        await using (var db = await factory.CreateDbContextAsync())
        {
            employerOf = await db.Mentors.AsNoTracking().Where(m => sample.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.EmployerId);
            int[] employers = [.. employerOf.Values.Distinct()];
            skillIds = await db.Skills.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Id).ToArrayAsync();
            openGaps = await db.SkillsGaps.AsNoTracking()
                .Where(g => employers.Contains(g.EmployerId) && g.Status == SkillsGapStatus.Open)
                .OrderBy(g => g.Id)
                .Select(g => new Gap(g.Id, g.EmployerId, g.SkillId))
                .ToListAsync();
        }

        var shuffled = sample.ToArray();
        random.Shuffle(shuffled);
        int[] withdrawn = shuffled[..WithdrawnCount];
        int[] enrolled = shuffled[WithdrawnCount..];
        var pairs = Pair(enrolled, employerOf);

        // The programme, its employers, code of conduct and enrolments.
        var programme = new Programme
        {
            Name = "Benchmark evaluation programme",
            Description = "A running programme of a thousand pairs, for the evaluation benchmark.",
            Sectors = [.. Enum.GetValues<Sector>()],
            LocalAuthorityCodes = [.. PostcodeDirectory.Instance.LocalAuthorities.Select(a => a.Code).Order()],
            Location = new Point(-1.8904, 52.4862) { SRID = 4326 },
            StartsOn = DateOnly.FromDateTime(start.UtcDateTime),
            EndsOn = DateOnly.FromDateTime(now.AddDays(30).UtcDateTime),
            EnrolmentClosesOn = DateOnly.FromDateTime(start.AddDays(14).UtcDateTime),
            SessionEveryWeeks = 1,
            SessionMinutes = 60,
            MinimumSessions = 6,
            MaxPairs = ProgrammeRules.MaxPairs,
            Status = ProgrammeStatus.Running,
            CoordinatorSubjects = [coordinator],
            RequiredTrainingModuleIds = [.. RequiredTraining],
            ConductVersion = 1,
            CreatedAt = start.AddDays(-60),
            UpdatedAt = now,
            OpenedAt = start.AddDays(-45),
            StartedAt = start,
        };
        int[] joined = [.. employerOf.Values.Distinct().Order()];
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            db.ProgrammeConductVersions.Add(new ProgrammeConduct { ProgrammeId = programme.Id, Version = 1, Text = DefaultCodeOfConduct.Text, PublishedAt = start.AddDays(-60), PublishedBySubject = coordinator });
            db.ProgrammeEmployers.AddRange(joined.Select(e => new ProgrammeEmployer { ProgrammeId = programme.Id, EmployerId = e, JoinedAt = start.AddDays(-40), JoinedBySubject = coordinator }));
            db.ProgrammeEnrolments.AddRange(enrolled.Select(m => Enrolment(programme.Id, m, employerOf[m], EnrolmentStatus.Enrolled, start.AddDays(-30))));
            db.ProgrammeEnrolments.AddRange(withdrawn.Select(m => Enrolment(programme.Id, m, employerOf[m], EnrolmentStatus.Withdrawn, start.AddDays(-30))));
            db.TrainingCompletions.AddRange(enrolled.Where((_, i) => i % 20 != 0).SelectMany(m => RequiredTraining.Select(t => (m, t))).Select(x => new TrainingCompletion
            {
                MentorId = x.m,
                TrainingModuleId = x.t,
                CompletedAt = start.AddDays(-20),
                RecordedBySubject = coordinator,
            }));

            // The demo network may already have some of these completions: keep those.
            var existing = (await db.TrainingCompletions.AsNoTracking().Where(c => enrolled.Contains(c.MentorId)).Select(c => new { c.MentorId, c.TrainingModuleId }).ToListAsync())
                .Select(c => (c.MentorId, c.TrainingModuleId)).ToHashSet();
            foreach (var entry in db.ChangeTracker.Entries<TrainingCompletion>().Where(e => existing.Contains((e.Entity.MentorId, e.Entity.TrainingModuleId))).ToList())
            {
                entry.State = EntityState.Detached;
            }

            await db.SaveChangesAsync();
        }

        Progress($"programme {programme.Id} (RUNNING), {joined.Length:N0} employers joined, {enrolled.Length:N0} enrolments and {withdrawn.Length} withdrawals, training for most.");

        // The pairs: 40 % completed, the rest active; side A teaches every pair 1–2 skills, side B nine in ten, half of them towards a gap of the learner's employer.
        var gapsByEmployer = openGaps.ToLookup(g => g.EmployerId);
        var pairings = new List<Pairing>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < pairs.Count; i++)
            {
                var (a, b) = pairs[i];
                var completed = i % 5 < 2;
                var pairing = new Pairing
                {
                    MentorAId = a,
                    EmployerAId = employerOf[a],
                    MentorBId = b,
                    EmployerBId = employerOf[b],
                    Status = completed ? PairingStatus.Completed : PairingStatus.Active,
                    Format = MentoringFormat.Online,
                    Score = 40 + random.Next(60),
                    ProposedBySubject = coordinator,
                    ProposedByRoles = "COORDINATOR",
                    ProposedAt = start.AddDays(-10),
                    MentorAAcceptedAt = start.AddDays(-9),
                    MentorBAcceptedAt = start.AddDays(-8),
                    AcceptedAt = start.AddDays(-8),
                    ActivatedAt = start.AddDays(-7),
                    CompletedAt = completed ? now.AddDays(-1) : null,
                    UpdatedAt = now,
                };
                pairing.Skills.AddRange(Taught(random, PairingSide.A, gapsByEmployer[employerOf[b]], skillIds));
                if (i % 10 != 9)
                {
                    pairing.Skills.AddRange(Taught(random, PairingSide.B, gapsByEmployer[employerOf[a]], skillIds));
                }

                pairings.Add(pairing);
                db.ProgrammePairings.Add(new ProgrammePairing { Pairing = pairing, ProgrammeId = programme.Id });
            }

            await db.SaveChangesAsync();
        }

        Progress($"{pairings.Count:N0} pairings with {pairings.Sum(p => p.Skills.Count):N0} skills taught, linked to the programme.");

        // Twenty sessions a pair, a week apart: a tenth missed, a tenth cancelled, an active pair's last two still to come, the rest held.
        var sessions = new List<PairingSession>();
        foreach (var pairing in pairings)
        {
            for (var k = 0; k < SessionsPerPair; k++)
            {
                var status = pairing.Status == PairingStatus.Active && k >= SessionsPerPair - 2 ? SessionStatus.Scheduled
                    : (k + pairing.Id) % 10 == 4 ? SessionStatus.Missed
                    : (k + pairing.Id) % 10 == 8 ? SessionStatus.Cancelled
                    : SessionStatus.Held;
                var startsAt = start.AddDays(7 * k).AddMinutes(30 * (pairing.Id % 16));
                sessions.Add(new PairingSession
                {
                    PairingId = pairing.Id,
                    MentorAId = pairing.MentorAId,
                    MentorBId = pairing.MentorBId,
                    StartsAt = startsAt,
                    EndsAt = startsAt.AddMinutes(60),
                    TimeZone = "Europe/London",
                    DurationMinutes = 60,
                    Format = SessionFormat.Online,
                    OnlineLink = $"https://meet.example.org/pair-{pairing.Id}",
                    Status = status,
                    ScheduledByMentorId = k % 2 == 0 ? pairing.MentorAId : pairing.MentorBId,
                    ScheduledAt = start.AddDays(-7),
                    UpdatedAt = status == SessionStatus.Scheduled ? start.AddDays(-7) : startsAt.AddHours(2),
                    CancelledAt = status == SessionStatus.Cancelled ? startsAt.AddDays(-1) : null,
                    CancelledByMentorId = status == SessionStatus.Cancelled ? pairing.MentorBId : null,
                    CancellationReason = status == SessionStatus.Cancelled ? "Clash with work." : null,
                    ReportedAt = status is SessionStatus.Held or SessionStatus.Missed ? startsAt.AddHours(2) : null,
                });
            }
        }

        foreach (var batch in sessions.Chunk(BatchSize))
        {
            await InsertAsync(factory, batch);
        }

        Progress($"{sessions.Count:N0} sessions.");

        // Both mentors rate most held sessions.
        var byId = pairings.ToDictionary(p => p.Id);
        var ratings = new List<SessionRating>();
        foreach (var session in sessions.Where(s => s.Status == SessionStatus.Held))
        {
            foreach (var (author, employer) in new[] { (session.MentorAId, byId[session.PairingId].EmployerAId), (session.MentorBId, byId[session.PairingId].EmployerBId) })
            {
                if (random.Next(100) < 85)
                {
                    ratings.Add(new SessionRating
                    {
                        SessionId = session.Id,
                        AuthorMentorId = author,
                        AuthorEmployerId = employer,
                        PairingId = session.PairingId,
                        Rating = 2 + random.Next(4),
                        RatedAt = session.EndsAt.AddHours(3),
                    });
                }
            }
        }

        foreach (var batch in ratings.Chunk(BatchSize))
        {
            await InsertAsync(factory, batch);
        }

        Progress($"{ratings.Count:N0} session ratings.");

        // Each learner rates their confidence in each skill they learn at the start, the midpoint and the end; surveys for completed pairs.
        var confidence = new List<ConfidenceRating>();
        foreach (var pairing in pairings)
        {
            foreach (var skill in pairing.Skills)
            {
                var learner = skill.Teacher == PairingSide.A ? pairing.MentorBId : pairing.MentorAId;
                var first = 1 + random.Next(3);
                var midpoint = Math.Clamp(first + random.Next(-1, 2), 1, 5);
                var end = Math.Clamp(midpoint + random.Next(-1, 3), 1, 5);
                foreach (var (stage, value, days) in new[] { (ConfidenceStage.Start, first, 0), (ConfidenceStage.Midpoint, midpoint, 60), (ConfidenceStage.End, end, 120) })
                {
                    confidence.Add(new ConfidenceRating { PairingId = pairing.Id, MentorId = learner, Stage = stage, SkillId = skill.SkillId, Confidence = value, RatedAt = start.AddDays(days) });
                }
            }
        }

        var surveys = pairings.Where(p => p.Status == PairingStatus.Completed)
            .SelectMany(p => new[] { (p, p.MentorAId, p.EmployerAId), (p, p.MentorBId, p.EmployerBId) })
            .Where(_ => random.Next(100) < 90)
            .Select(x => new PairingSurvey
            {
                PairingId = x.p.Id,
                AuthorMentorId = x.Item2,
                AuthorEmployerId = x.Item3,
                Satisfaction = 2 + random.Next(4),
                LikelihoodToRecommend = 4 + random.Next(7),
                WouldDoAgain = random.Next(100) < 85,
                CompletedAt = now.AddHours(-12),
            })
            .ToList();
        foreach (var batch in confidence.Chunk(BatchSize))
        {
            await InsertAsync(factory, batch);
        }

        await InsertAsync(factory, surveys);
        Progress($"{confidence.Count:N0} confidence ratings, {surveys.Count:N0} end-of-pairing surveys.");

        // Retention at the end for nine in ten enrolled mentors, most still employed.
        var retention = enrolled.Where(_ => random.Next(100) < 90).Select(m => new RetentionCheck
        {
            ProgrammeId = programme.Id,
            MentorId = m,
            Checkpoint = OutcomeCheckpoint.End,
            EmployerId = employerOf[m],
            StillEmployed = random.Next(100) < 92,
            RecordedBySubject = coordinator,
            RecordedAt = now.AddHours(-6),
        }).ToList();
        await InsertAsync(factory, retention);
        Progress($"{retention.Count:N0} retention checks.");

        // Objectives of every measure; the gap objective targets gaps the pairs teach towards and others, some since filled.
        var taught = pairings.SelectMany(p => p.Skills.Select(s => (s.SkillId, Learner: s.Teacher == PairingSide.A ? p.EmployerBId : p.EmployerAId))).ToHashSet();
        var addressed = openGaps.Where(g => taught.Contains((g.SkillId, g.EmployerId))).ToArray();
        var others = openGaps.Where(g => !taught.Contains((g.SkillId, g.EmployerId))).ToArray();
        random.Shuffle(addressed);
        random.Shuffle(others);
        Gap[] targeted = [.. addressed.Take(AddressedTargets), .. others.Take(OtherTargets)];
        int[] filled = [.. addressed.Take(AddressedTargets).Take(25).Concat(others.Take(OtherTargets).Take(5)).Select(g => g.Id)];
        var gapSkills = targeted.CountBy(g => g.SkillId).OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(10).Select(c => c.Key).ToArray();
        var learnedSkills = pairings.SelectMany(p => p.Skills).CountBy(s => s.SkillId).OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(10).Select(c => c.Key).ToArray();
        await using (var db = await factory.CreateDbContextAsync())
        {
            ProgrammeObjective Objective(string statement, ObjectiveMeasure measure, double target) => new()
            {
                ProgrammeId = programme.Id,
                Statement = statement,
                Measure = measure,
                Target = target,
                CreatedAt = start.AddDays(-50),
                UpdatedAt = start.AddDays(-50),
            };

            var gapObjective = Objective("The employers' skills gaps addressed.", ObjectiveMeasure.GapsAddressed, 50);
            gapObjective.Gaps.AddRange(targeted.Select(g => new ProgrammeObjectiveGap { SkillsGapId = g.Id }));
            gapObjective.Skills.AddRange(gapSkills.Select(s => new ProgrammeObjectiveSkill { SkillId = s }));
            var confidenceObjective = Objective("Learners more confident in the skills most taught.", ObjectiveMeasure.LearnersMoreConfidentPercent, 70);
            confidenceObjective.Skills.AddRange(learnedSkills.Select(s => new ProgrammeObjectiveSkill { SkillId = s }));
            db.ProgrammeObjectives.AddRange(
                Objective("Pairs formed across companies.", ObjectiveMeasure.PairsFormed, 900),
                gapObjective,
                Objective("Mentors trained.", ObjectiveMeasure.MentorsTrained, 1_800),
                Objective("Sessions held.", ObjectiveMeasure.SessionsHeld, 15_000),
                confidenceObjective);
            var filledSet = filled.ToHashSet();
            db.GapOutcomes.AddRange(targeted.Where((_, i) => i % 2 == 0 || filledSet.Contains(targeted[i].Id)).Select(g => new GapOutcome
            {
                ProgrammeId = programme.Id,
                SkillsGapId = g.Id,
                Checkpoint = OutcomeCheckpoint.End,
                EmployerId = g.EmployerId,
                Status = filledSet.Contains(g.Id) ? GapOutcomeStatus.Filled : GapOutcomeStatus.StillOpen,
                ProgrammeHelped = filledSet.Contains(g.Id) && taught.Contains((g.SkillId, g.EmployerId)),
                RecordedBySubject = coordinator,
                RecordedAt = now.AddHours(-6),
            }));
            await db.SaveChangesAsync();
            await db.SkillsGaps.Where(g => filled.Contains(g.Id))
                .ExecuteUpdateAsync(u => u.SetProperty(g => g.Status, SkillsGapStatus.Filled).SetProperty(g => g.ClosedAt, now.AddDays(-2)).SetProperty(g => g.UpdatedAt, now.AddDays(-2)));
        }

        Progress($"5 objectives, one targeting {targeted.Length} gaps ({addressed.Length:N0} open gaps of the employers are taught towards), {filled.Length} of them since filled, with outcomes.");

        // As after seeding: the rows just written get statistics.
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var analyze = new NpgsqlCommand("ANALYZE", connection);
            await analyze.ExecuteNonQueryAsync();
        }

        Progress("ANALYZE.");
        int Count(SessionStatus status) => sessions.Count(s => s.Status == status);
        return new EvaluationHistory(
            programme.Id,
            joined.Length,
            enrolled.Length,
            withdrawn.Length,
            pairings.Count,
            pairings.Count(p => p.Skills.Select(s => s.Teacher).Distinct().Count() == 2),
            pairings.Count(p => p.Status == PairingStatus.Completed),
            Count(SessionStatus.Held),
            Count(SessionStatus.Missed),
            Count(SessionStatus.Cancelled),
            Count(SessionStatus.Scheduled),
            ratings.Count,
            confidence.Count,
            surveys.Count,
            retention.Count,
            targeted.Length,
            filled.Length,
            5);
    }

    /// <summary>The mentors in pairs from different employers, in their shuffled order, each pair's lower ID as mentor A.</summary>
    private static List<(int A, int B)> Pair(int[] mentors, Dictionary<int, int> employerOf)
    {
        var left = mentors.ToList();
        var pairs = new List<(int A, int B)>();
        while (left.Count > 0)
        {
            var first = left[0];
            var other = left.FindIndex(1, m => employerOf[m] != employerOf[first]);
            if (other < 0)
            {
                throw new PlanFailedException("The last mentors left to pair work for the same employer; change the seed.");
            }

            var second = left[other];
            pairs.Add(first < second ? (first, second) : (second, first));
            left.RemoveAt(other);
            left.RemoveAt(0);
        }

        return pairs;
    }

    /// <summary>One or two distinct skills a side teaches; each, one time in two, towards an open gap of the learner's employer when it has one.</summary>
    private static IEnumerable<PairingSkill> Taught(Random random, PairingSide teacher, IEnumerable<Gap> learnerGaps, int[] skillIds)
    {
        var gaps = learnerGaps.ToArray();
        var chosen = new Dictionary<int, bool>();
        var count = 1 + random.Next(2);
        while (chosen.Count < count)
        {
            var towardsGap = gaps.Length > 0 && random.Next(2) == 0;
            var skill = towardsGap ? gaps[random.Next(gaps.Length)].SkillId : skillIds[random.Next(skillIds.Length)];
            chosen.TryAdd(skill, towardsGap);
        }

        return chosen.Select(c => new PairingSkill { Teacher = teacher, SkillId = c.Key, AddressesGap = c.Value });
    }

    private static ProgrammeEnrolment Enrolment(int programmeId, int mentorId, int employerId, EnrolmentStatus status, DateTimeOffset at) => new()
    {
        ProgrammeId = programmeId,
        MentorId = mentorId,
        EmployerId = employerId,
        Status = status,
        EnrolledAt = at,
        ConsentGivenAt = at,
        ConductVersion = 1,
        ConductAcceptedAt = at,
        WithdrawnAt = status == EnrolmentStatus.Withdrawn ? at.AddDays(20) : null,
        WithdrawalReason = status == EnrolmentStatus.Withdrawn ? "Changed role." : null,
        UpdatedAt = status == EnrolmentStatus.Withdrawn ? at.AddDays(20) : at,
    };

    /// <summary>Inserts rows in one context without change detection, as set-up; generated keys are set on the entities.</summary>
    private static async Task InsertAsync<T>(IDbContextFactory<NetworkDbContext> factory, IEnumerable<T> rows)
        where T : class
    {
        await using var db = await factory.CreateDbContextAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Set<T>().AddRange(rows);
        await db.SaveChangesAsync();
    }

    private sealed record Gap(int Id, int EmployerId, int SkillId);
}
