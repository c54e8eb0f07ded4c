using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Skills;
using Network.Server.SkillsGaps;

namespace Network.Server.Programmes;

internal static class ObjectiveMutations
{
    private static readonly AccessRule ProgrammeCoordinators = CallerAccess.Roles("the programme's coordinators and administrators", Role.Coordinator, Role.Admin);

    private static readonly MutationResult<ProgrammeObjectivePayload> Result =
        new("objective", () => new GraphQLTypeReference("ProgrammeObjective"), p => p.Objective, p => p.Errors, ProgrammeObjectivePayload.Failed);

    public static void AddObjectiveMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<AddProgrammeObjectiveInput, ProgrammeObjectivePayload>(
            "addProgrammeObjective",
            "Adds an objective to a programme that has not completed: a statement, the skills and open gaps it targets, and a measurable target whose progress the network computes.",
            ProgrammeCoordinators,
            Result,
            AddAsync);

        mutation.Mutation<UpdateProgrammeObjectiveInput, ProgrammeObjectivePayload>(
            "updateProgrammeObjective",
            "Changes an objective; fields left out keep their value, lists given replace the old ones, and no field may be null (NullNotAllowedError).",
            ProgrammeCoordinators,
            Result,
            UpdateAsync);

        mutation.Mutation<RemoveProgrammeObjectiveInput, ProgrammePayload>(
            "removeProgrammeObjective",
            "Removes an objective. A published programme keeps at least one.",
            ProgrammeCoordinators,
            ProgrammeMutations.Result,
            RemoveAsync);
    }

    [Error<InvalidIdError>]
    [Error<ProgrammeNotFoundError>]
    [Error<InvalidProgrammeTransitionError>]
    [Error<BlankValueError>]
    [Error<ValueTooLongError>]
    [Error<OutOfRangeError>]
    [Error<UnknownSkillError>]
    [Error<SkillsGapNotFoundError>]
    [Error<SkillsGapNotOpenError>]
    [Error<EmployerNotInProgrammeError>]
    private static async Task<ProgrammeObjectivePayload> AddAsync(MutationContext<AddProgrammeObjectiveInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var id = v.Id("programmeId", input.ProgrammeId, "Programme");
        var statement = v.Text("statement", input.Statement, ProgrammeRules.MaxStatementLength);
        ObjectiveValidation.Target(v, input.Measure, input.Target);
        var skills = await ObjectiveValidation.SkillsAsync(v, m.Db, input.SkillIds ?? [], m.CancellationToken);
        if (!v.IsValid)
        {
            return ProgrammeObjectivePayload.Failed(v.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (programme, refused) = await ProgrammeChanges.LockAsync(m, id, input.ProgrammeId, ProgrammeChange.SetObjectives);
        if (programme is null)
        {
            return ProgrammeObjectivePayload.Failed([refused!]);
        }

        var gaps = await ObjectiveValidation.GapsAsync(v, m.Db, programme.Id, input.SkillsGapIds ?? [], m.CancellationToken);
        ObjectiveValidation.GapsForTarget(v, input.Measure, input.Target, gaps.Count);
        if (await m.Db.ProgrammeObjectives.CountAsync(o => o.ProgrammeId == programme.Id, m.CancellationToken) >= ProgrammeRules.MaxObjectives)
        {
            v.Add(new OutOfRangeError($"A programme has at most {ProgrammeRules.MaxObjectives} objectives.", "programmeId", 1, ProgrammeRules.MaxObjectives));
        }

        if (!v.IsValid)
        {
            return ProgrammeObjectivePayload.Failed(v.Errors);
        }

        var now = m.Clock.GetUtcNow();
        var objective = new ProgrammeObjective
        {
            ProgrammeId = programme.Id,
            Statement = statement,
            Measure = input.Measure,
            Target = input.Target,
            Skills = [.. skills.Select(s => new ProgrammeObjectiveSkill { SkillId = s })],
            Gaps = [.. gaps.Select(g => new ProgrammeObjectiveGap { SkillsGapId = g })],
            CreatedAt = now,
            UpdatedAt = now,
        };
        m.Db.ProgrammeObjectives.Add(objective);
        programme.UpdatedAt = now;
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new ProgrammeObjectivePayload(objective, null);
    }

    [Error<InvalidIdError>]
    [Error<ObjectiveNotFoundError>]
    [Error<InvalidProgrammeTransitionError>]
    [Error<NullNotAllowedError>]
    [Error<BlankValueError>]
    [Error<ValueTooLongError>]
    [Error<OutOfRangeError>]
    [Error<UnknownSkillError>]
    [Error<SkillsGapNotFoundError>]
    [Error<SkillsGapNotOpenError>]
    [Error<EmployerNotInProgrammeError>]
    private static async Task<ProgrammeObjectivePayload> UpdateAsync(MutationContext<UpdateProgrammeObjectiveInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var id = v.Id("objectiveId", input.ObjectiveId, "ProgrammeObjective");
        var statement = v.NotNull("statement", input.Statement) is { } given ? v.Text("statement", given, ProgrammeRules.MaxStatementLength) : null;
        var measure = v.NotNull("measure", input.Measure);
        var target = v.NotNull("target", input.Target);
        var skillIds = v.NotNull("skillIds", input.SkillIds);
        var gapIds = v.NotNull("skillsGapIds", input.SkillsGapIds);
        var skills = skillIds is null ? null : await ObjectiveValidation.SkillsAsync(v, m.Db, skillIds, m.CancellationToken);
        if (!v.IsValid)
        {
            return ProgrammeObjectivePayload.Failed(v.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (objective, programme, refused) = await LockAsync(m, id, input.ObjectiveId);
        if (objective is null || programme is null)
        {
            return ProgrammeObjectivePayload.Failed([refused!]);
        }

        var gaps = gapIds is null ? null : await ObjectiveValidation.GapsAsync(v, m.Db, programme.Id, gapIds, m.CancellationToken);
        var newMeasure = measure ?? objective.Measure;
        var newTarget = target ?? objective.Target;
        ObjectiveValidation.Target(v, newMeasure, newTarget);
        ObjectiveValidation.GapsForTarget(v, newMeasure, newTarget, gaps?.Count ?? objective.Gaps.Count);
        if (!v.IsValid)
        {
            return ProgrammeObjectivePayload.Failed(v.Errors);
        }

        var now = m.Clock.GetUtcNow();
        objective.Statement = statement ?? objective.Statement;
        objective.Measure = newMeasure;
        objective.Target = newTarget;
        if (skills is not null)
        {
            objective.Skills = [.. skills.Select(s => new ProgrammeObjectiveSkill { SkillId = s })];
        }

        if (gaps is not null)
        {
            objective.Gaps = [.. gaps.Select(g => new ProgrammeObjectiveGap { SkillsGapId = g })];
        }

        objective.UpdatedAt = now;
        programme.UpdatedAt = now;
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new ProgrammeObjectivePayload(objective, null);
    }

    [Error<InvalidIdError>]
    [Error<ObjectiveNotFoundError>]
    [Error<InvalidProgrammeTransitionError>]
    [Error<ProgrammeHasNoObjectivesError>]
    private static async Task<ProgrammePayload> RemoveAsync(MutationContext<RemoveProgrammeObjectiveInput> m)
    {
        var id = m.Validator.Id("objectiveId", m.Input.ObjectiveId, "ProgrammeObjective");
        if (!m.Validator.IsValid)
        {
            return ProgrammePayload.Failed(m.Validator.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (objective, programme, refused) = await LockAsync(m, id, m.Input.ObjectiveId);
        if (objective is null || programme is null)
        {
            return ProgrammePayload.Failed([refused!]);
        }

        if (programme.Status != ProgrammeStatus.Draft && await m.Db.ProgrammeObjectives.CountAsync(o => o.ProgrammeId == programme.Id, m.CancellationToken) == 1)
        {
            return ProgrammePayload.Failed([new ProgrammeHasNoObjectivesError("A published programme keeps at least one objective; add another before removing this one.", GlobalId.Serialize("Programme", programme.Id))]);
        }

        m.Db.ProgrammeObjectives.Remove(objective);
        programme.UpdatedAt = m.Clock.GetUtcNow();
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new ProgrammePayload(programme, null);
    }

    /// <summary>The objective (tracked, with its skills and gaps) and its programme, locked, if the caller coordinates it and it may change.</summary>
    private static async Task<(ProgrammeObjective? Objective, Programme? Programme, UserError? Error)> LockAsync(MutationContext m, int id, string objectiveId)
    {
        var objective = await m.Db.ProgrammeObjectives.Include(o => o.Skills).Include(o => o.Gaps).SingleOrDefaultAsync(o => o.Id == id, m.CancellationToken);
        if (objective is null)
        {
            return (null, null, new ObjectiveNotFoundError($"No objective has the ID {objectiveId}.", objectiveId));
        }

        var (programme, refused) = await ProgrammeChanges.LockAsync(m, objective.ProgrammeId, GlobalId.Serialize("Programme", objective.ProgrammeId), ProgrammeChange.SetObjectives);
        return refused is ProgrammeNotFoundError
            ? (null, null, new ObjectiveNotFoundError($"No objective has the ID {objectiveId}.", objectiveId))
            : (objective, programme, refused);
    }
}
