using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Auditing;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;
using Network.Server.Programmes;
using Network.Server.SkillsGaps;

namespace Network.Server.Outcomes;

/// <summary>
/// An employer's admin confirms, at a programme's end and three months later, whether each of its enrolled mentors still works
/// there and where each of its targeted skills gaps stands. Answering again at the same checkpoint corrects the answer; every
/// refusal writes nothing.
/// </summary>
internal static class OutcomeMutations
{
    private static readonly MutationResult<ProgrammeOutcomesPayload> Result =
        new("outcomes", () => new GraphQLTypeReference("ProgrammeOutcomes"), p => p.Outcomes, p => p.Errors, ProgrammeOutcomesPayload.Failed);

    private static readonly AccessRule EmployerAdmins = CallerAccess.Roles("the employer's admins and administrators", Role.EmployerAdmin, Role.Admin);

    public static void AddOutcomeMutations(this ObjectGraphType mutation) =>
        mutation.Mutation<RecordProgrammeOutcomesInput, ProgrammeOutcomesPayload>(
            "recordProgrammeOutcomes",
            "Confirms, at a checkpoint of a running or completed programme (END opens 30 days before its end date, THREE_MONTHS three months after it), " +
                "whether each mentor the employer enrolled (including those who withdrew or left) still works there, and where each of its gaps targeted by the programme stands and whether the programme helped. " +
                "A gap answered FILLED is closed as filled if it is still open. Answering again at the same checkpoint corrects the earlier answer.",
            EmployerAdmins,
            Result,
            RecordAsync);

    [Error<InvalidIdError>]
    [Error<OutOfRangeError>]
    [Error<DuplicateAnswerError>]
    [Error<ProgrammeNotFoundError>]
    [Error<EmployerNotInProgrammeError>]
    [Error<OutcomeCheckpointNotOpenError>]
    [Error<EnrolmentNotFoundError>]
    [Error<GapNotInProgrammeError>]
    private static async Task<ProgrammeOutcomesPayload> RecordAsync(MutationContext<RecordProgrammeOutcomesInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var id = v.Id("programmeId", input.ProgrammeId, "Programme");
        var employerId = v.Id("employerId", input.EmployerId, "Employer");
        var retention = input.Retention ?? [];
        var gaps = input.Gaps ?? [];
        var mentorIds = retention.Select((r, i) => v.Id($"retention[{i}].mentorId", r.MentorId, "Mentor")).ToList();
        var gapIds = gaps.Select((g, i) => v.Id($"gaps[{i}].skillsGapId", g.SkillsGapId, "SkillsGap")).ToList();
        if (retention.Count + gaps.Count == 0)
        {
            v.Add(new OutOfRangeError("Give at least one answer: a mentor's retention or a gap's outcome.", "retention", 1, OutcomeRules.MaxAnswers));
        }

        if (retention.Count > OutcomeRules.MaxAnswers)
        {
            v.Add(new OutOfRangeError($"At most {OutcomeRules.MaxAnswers} mentors at once.", "retention", 0, OutcomeRules.MaxAnswers));
        }

        if (gaps.Count > OutcomeRules.MaxAnswers)
        {
            v.Add(new OutOfRangeError($"At most {OutcomeRules.MaxAnswers} gaps at once.", "gaps", 0, OutcomeRules.MaxAnswers));
        }

        Duplicates(v, "retention", "mentorId", "mentor", retention.Select(r => r.MentorId), mentorIds);
        Duplicates(v, "gaps", "skillsGapId", "gap", gaps.Select(g => g.SkillsGapId), gapIds);
        if (!v.IsValid)
        {
            return ProgrammeOutcomesPayload.Failed(v.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (programme, refused) = await ProgrammeChanges.LockAsync(m, id, input.ProgrammeId, null, (caller, _) => caller.ManagesEmployer(employerId));
        if (programme is null)
        {
            return ProgrammeOutcomesPayload.Failed([refused!]);
        }

        if (!await m.Db.ProgrammeEmployers.AnyAsync(e => e.ProgrammeId == id && e.EmployerId == employerId, m.CancellationToken))
        {
            return ProgrammeOutcomesPayload.Failed([new EmployerNotInProgrammeError($"The employer {input.EmployerId} has not joined the programme.", input.EmployerId)]);
        }

        var now = m.Clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (!OutcomeRules.IsOpen(programme, input.Checkpoint, today))
        {
            return ProgrammeOutcomesPayload.Failed([NotOpen(programme, input.Checkpoint)]);
        }

        var errors = new List<UserError>();
        var enrolled = await m.Db.ProgrammeEnrolments.AsNoTracking()
            .Where(e => e.ProgrammeId == id && e.EmployerId == employerId && e.EnrolledAt != null)
            .Select(e => e.MentorId)
            .ToListAsync(m.CancellationToken);
        errors.AddRange(retention.Where((_, i) => !enrolled.Contains(mentorIds[i])).Select(r => new EnrolmentNotFoundError(
            $"The mentor {r.MentorId} was never enrolled in the programme from this employer.", input.ProgrammeId, r.MentorId)));
        var targeted = await (
                from objective in m.Db.ProgrammeObjectives
                where objective.ProgrammeId == id
                from target in objective.Gaps
                join gap in m.Db.SkillsGaps on target.SkillsGapId equals gap.Id
                where gap.EmployerId == employerId
                select gap.Id)
            .Distinct()
            .ToListAsync(m.CancellationToken);
        errors.AddRange(gaps.Where((_, i) => !targeted.Contains(gapIds[i])).Select(g => new GapNotInProgrammeError(
            $"The skills gap {g.SkillsGapId} is not one of this employer's gaps that the programme targets.", g.SkillsGapId)));
        if (errors.Count > 0)
        {
            return ProgrammeOutcomesPayload.Failed(errors);
        }

        var subject = m.Caller().Subject ?? "anonymous";
        var checks = await m.Db.RetentionChecks
            .Where(r => r.ProgrammeId == id && r.Checkpoint == input.Checkpoint && mentorIds.Contains(r.MentorId))
            .ToDictionaryAsync(r => r.MentorId, m.CancellationToken);
        var recorded = new List<RetentionCheck>();
        for (var i = 0; i < retention.Count; i++)
        {
            if (!checks.TryGetValue(mentorIds[i], out var check))
            {
                check = new RetentionCheck { ProgrammeId = id, MentorId = mentorIds[i], Checkpoint = input.Checkpoint, RecordedBySubject = subject };
                m.Db.RetentionChecks.Add(check);
            }

            check.EmployerId = employerId;
            check.StillEmployed = retention[i].StillEmployed;
            check.RecordedBySubject = subject;
            check.RecordedAt = now;
            recorded.Add(check);
            m.Audit("Mentor", mentorIds[i]);
        }

        var outcomes = await m.Db.GapOutcomes
            .Where(g => g.ProgrammeId == id && g.Checkpoint == input.Checkpoint && gapIds.Contains(g.SkillsGapId))
            .ToDictionaryAsync(g => g.SkillsGapId, m.CancellationToken);
        var open = await m.Db.SkillsGaps.Where(g => gapIds.Contains(g.Id) && g.Status == SkillsGapStatus.Open).ToDictionaryAsync(g => g.Id, m.CancellationToken);
        var answered = new List<GapOutcome>();
        for (var i = 0; i < gaps.Count; i++)
        {
            if (!outcomes.TryGetValue(gapIds[i], out var outcome))
            {
                outcome = new GapOutcome { ProgrammeId = id, SkillsGapId = gapIds[i], Checkpoint = input.Checkpoint, RecordedBySubject = subject };
                m.Db.GapOutcomes.Add(outcome);
            }

            outcome.EmployerId = employerId;
            outcome.Status = gaps[i].Status;
            outcome.ProgrammeHelped = gaps[i].ProgrammeHelped;
            outcome.RecordedBySubject = subject;
            outcome.RecordedAt = now;
            answered.Add(outcome);
            if (outcome.Status == GapOutcomeStatus.Filled && open.TryGetValue(gapIds[i], out var gap))
            {
                gap.Status = SkillsGapStatus.Filled;
                gap.ClosedAt = now;
                gap.UpdatedAt = now;
                m.Audit("SkillsGap", gap.Id, "closeSkillsGap");
            }
        }

        m.Audit("Programme", id);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new ProgrammeOutcomesPayload(new ProgrammeOutcomes(id, employerId, input.Checkpoint, recorded, answered), null);
    }

    private static OutcomeCheckpointNotOpenError NotOpen(Programme programme, OutcomeCheckpoint checkpoint)
    {
        var name = checkpoint.ToString().ToConstantCase();
        return OutcomeRules.OpensOn(programme, checkpoint) is { } opensOn && programme.Status != ProgrammeStatus.Cancelled
            ? new($"The {name} checkpoint opens on {opensOn:yyyy-MM-dd}, once the programme is running or completed.", checkpoint, opensOn)
            : new($"The programme was cancelled: it has no {name} checkpoint.", checkpoint, null);
    }

    private static void Duplicates(InputValidator v, string list, string field, string what, IEnumerable<string> given, List<int> ids)
    {
        var seen = new HashSet<int>();
        foreach (var (raw, index) in given.Select((raw, index) => (raw, index)))
        {
            if (ids[index] > 0 && !seen.Add(ids[index]))
            {
                v.Add(new DuplicateAnswerError($"The {what} {raw} is answered for more than once.", $"{list}[{index}].{field}", raw));
            }
        }
    }
}
