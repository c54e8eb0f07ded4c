using Network.Server.Employers;
using Network.Server.GraphQL.Mutations;
using Network.Server.Mentors;
using Network.Server.Programmes;
using Network.Server.SkillsGaps;
using static Network.Server.Seeding.DemoMoments;

namespace Network.Server.Seeding;

/// <summary>
/// Builds the catalogue's programmes as their coordinators would have set them up, each checked as
/// <c>createProgramme</c> and <c>addProgrammeObjective</c> check their input: the programme, opened (and
/// started) through its lifecycle; its code of conduct; the showcase employers that joined; its objectives
/// with the open gaps of those employers; and its enrolments and training (<see cref="DemoEnrolments"/>).
/// Its dates are laid out from the demo's now (<see cref="DemoMoments.Now"/>): whether a programme is running, and
/// whether mentors may still enrol, is decided by the week the demo is seeded in.
/// </summary>
internal sealed class DemoProgrammes(DemoRandom random, DateTimeOffset now, IReadOnlyList<Employer> employers, ILookup<int, SkillsGap> openGaps, ILookup<int, Mentor> mentors)
{
    public DemoProgrammeRows Generate(IReadOnlyList<DemoProgramme> catalogue, int firstId)
    {
        var rows = new DemoProgrammeRows();
        var enrolments = new DemoEnrolments(random, now);
        for (var i = 0; i < catalogue.Count; i++)
        {
            var definition = catalogue[i];
            var programme = Create(definition, firstId + i);
            rows.Programmes.Add(programme);
            rows.Conduct.Add(new ProgrammeConduct
            {
                ProgrammeId = programme.Id,
                Version = programme.ConductVersion,
                Text = DefaultCodeOfConduct.Text,
                PublishedAt = programme.CreatedAt,
                PublishedBySubject = programme.CoordinatorSubjects[0],
            });
            var joined = Join(programme, definition.Uptake);
            rows.Employers.AddRange(joined);
            var objectives = Objectives(programme, definition.Objectives, joined);
            rows.Objectives.AddRange(objectives);
            programme.UpdatedAt = objectives.Aggregate(programme.UpdatedAt, (latest, o) => Later(latest, o.UpdatedAt));
            enrolments.Enrol(programme, definition.Uptake, joined, mentors, rows);
        }

        return rows;
    }

    private Programme Create(DemoProgramme definition, int id)
    {
        var v = new InputValidator();
        var area = ProgrammeArea.Validate(v, "area", definition.Area);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var timeline = definition.Timeline;
        var startsOn = today.AddDays(timeline.StartsInDays);
        var endsOn = startsOn.AddDays(timeline.RunsForWeeks * 7);
        var enrolmentClosesOn = today.AddDays(timeline.EnrolmentClosesInDays);
        ProgrammeValidation.Schedule(v, startsOn, endsOn, enrolmentClosesOn, today);
        ProgrammeValidation.Sessions(v, definition.Sessions);
        v.Range("maxPairs", definition.MaxPairs, 1, ProgrammeRules.MaxPairs);
        Ensure(v, area is not null, definition.Name);

        var created = now.AddDays(-timeline.CreatedDaysAgo);
        var programme = new Programme
        {
            Id = id,
            Name = definition.Name,
            Description = definition.Description,
            Sectors = [.. definition.Sectors.Order()],
            LocalAuthorityCodes = [.. area!.LocalAuthorityCodes],
            Location = area.Centre,
            RadiusKm = area.RadiusKm,
            StartsOn = startsOn,
            EndsOn = endsOn,
            EnrolmentClosesOn = enrolmentClosesOn,
            SessionEveryWeeks = definition.Sessions.EveryWeeks,
            SessionMinutes = definition.Sessions.Minutes,
            MinimumSessions = definition.Sessions.MinimumSessions,
            MaxPairs = definition.MaxPairs,
            Status = ProgrammeStatus.Draft,
            CoordinatorSubjects = [.. definition.CoordinatorSubjects],
            RequiredTrainingModuleIds = [.. definition.RequiredTrainingModuleIds],
            ConductVersion = 1,
            CreatedAt = created,
            UpdatedAt = created,
        };
        programme.Open(now.AddDays(-timeline.OpenedDaysAgo));
        if (definition.Status == ProgrammeStatus.Running)
        {
            programme.Start(new DateTimeOffset(startsOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        }

        return programme;
    }

    /// <summary>The employers that may join (of its sectors, in its area, on the network by then) and do, a few days apart while it recruits and before it starts.</summary>
    private List<ProgrammeEmployer> Join(Programme programme, DemoUptake uptake)
    {
        var joinBy = programme.StartedAt?.AddDays(-7) ?? now.AddDays(-3);
        var joined = new List<ProgrammeEmployer>();
        foreach (var employer in employers)
        {
            if (employer.CreatedAt >= joinBy.AddDays(-1) || EnrolmentRules.EmployerFits(programme, employer).Any() || !random.Chance(uptake.JoinPercent))
            {
                continue;
            }

            joined.Add(new ProgrammeEmployer
            {
                ProgrammeId = programme.Id,
                EmployerId = employer.Id,
                JoinedAt = random.Between(Later(programme.OpenedAt!.Value, employer.CreatedAt.AddDays(1)), joinBy),
                JoinedBySubject = DemoActors.EmployerAdmin(employer.Id).Subject!,
            });
        }

        return joined;
    }

    /// <summary>
    /// The objectives, written before recruitment opened (opening needs one); the gaps are linked once their
    /// employers have joined, as <c>updateProgrammeObjective</c> would. An objective with no gap to address is left out.
    /// </summary>
    private List<ProgrammeObjective> Objectives(Programme programme, IReadOnlyList<DemoObjective> objectives, List<ProgrammeEmployer> joined)
    {
        var created = programme.CreatedAt.AddDays(1);
        var joinedAt = joined.ToDictionary(j => j.EmployerId, j => j.JoinedAt);
        var result = new List<ProgrammeObjective>();
        foreach (var objective in objectives)
        {
            var gaps = joined.SelectMany(j => openGaps[j.EmployerId])
                .Where(g => objective.GapSkillIds.Contains(g.SkillId))
                .OrderBy(g => g.Id)
                .Take(ProgrammeRules.MaxTargetGaps)
                .ToList();
            var target = objective.Measure == ObjectiveMeasure.GapsAddressed ? Math.Min(objective.Target, gaps.Count) : objective.Target;
            if (target < 1)
            {
                continue;
            }

            var v = new InputValidator();
            ObjectiveValidation.Target(v, objective.Measure, target);
            ObjectiveValidation.GapsForTarget(v, objective.Measure, target, gaps.Count);
            Ensure(v, objective.Statement.Length <= ProgrammeRules.MaxStatementLength, programme.Name);
            var linked = gaps.Count == 0
                ? created
                : Earlier(Later(gaps.Max(g => joinedAt[g.EmployerId]), gaps.Max(g => g.PublishedAt)).AddHours(random.Between(2, 48)), now);
            result.Add(new ProgrammeObjective
            {
                ProgrammeId = programme.Id,
                Statement = objective.Statement,
                Measure = objective.Measure,
                Target = target,
                Skills = [.. objective.SkillIds.Select(s => new ProgrammeObjectiveSkill { SkillId = s })],
                Gaps = [.. gaps.Select(g => new ProgrammeObjectiveGap { SkillsGapId = g.Id })],
                CreatedAt = created,
                UpdatedAt = linked,
            });
        }

        return result;
    }

    private static void Ensure(InputValidator v, bool condition, string programme)
    {
        if (!v.IsValid || !condition)
        {
            throw new InvalidOperationException($"The demo programme \"{programme}\" is not valid: {string.Join(" ", v.Errors.Select(e => e.Message))}");
        }
    }
}
