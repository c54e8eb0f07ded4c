using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Skills;

namespace Network.Server.SkillsGaps;

internal static class SkillsGapMutations
{
    private static readonly MutationResult<SkillsGapPayload> Result =
        new("skillsGap", () => new GraphQLTypeReference("SkillsGap"), p => p.SkillsGap, p => p.Errors, SkillsGapPayload.Failed);

    private static readonly AccessRule EmployerAdmins =
        CallerAccess.Roles("the employer's admins and administrators", Role.EmployerAdmin, Role.Admin);

    public static void AddSkillsGapMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<PublishSkillsGapInput, SkillsGapPayload>(
            "publishSkillsGap",
            "Publishes an employer's skills gap, open from now.",
            EmployerAdmins,
            Result,
            PublishAsync);

        mutation.Mutation<UpdateSkillsGapInput, SkillsGapPayload>(
            "updateSkillsGap",
            "Changes an open skills gap; fields left out keep their value. A description given as null is removed; the other fields may not be null (NullNotAllowedError).",
            EmployerAdmins,
            Result,
            UpdateAsync);

        mutation.Mutation<CloseSkillsGapInput, SkillsGapPayload>(
            "closeSkillsGap",
            "Closes an open skills gap as FILLED or WITHDRAWN.",
            EmployerAdmins,
            Result,
            CloseAsync);
    }

    [Error<InvalidIdError>]
    [Error<EmployerNotFoundError>]
    [Error<UnknownSkillError>]
    [Error<OutOfRangeError>]
    [Error<ValueTooLongError>]
    private static async Task<SkillsGapPayload> PublishAsync(MutationContext<PublishSkillsGapInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var employerId = v.Id("employerId", input.EmployerId, "Employer");
        if (employerId != 0 && !m.Caller().ManagesEmployer(employerId))
        {
            return SkillsGapPayload.Failed([m.NotOwner()]);
        }

        var skillId = v.Id("skillId", input.SkillId, "Skill");
        var description = SkillsGapValidator.Fields(v, input.HardToFillVacancies, input.Description);
        if (!v.IsValid)
        {
            return SkillsGapPayload.Failed(v.Errors);
        }

        var employer = await m.Db.Employers.AsNoTracking().SingleOrDefaultAsync(e => e.Id == employerId, m.CancellationToken);
        if (employer is null)
        {
            v.Add(new EmployerNotFoundError($"No employer has the ID {input.EmployerId}.", input.EmployerId));
        }

        if (!await m.Db.Skills.AnyAsync(s => s.Id == skillId, m.CancellationToken))
        {
            v.Add(new UnknownSkillError($"No skill has the ID {input.SkillId}.", "skillId", input.SkillId));
        }

        if (!v.IsValid)
        {
            return SkillsGapPayload.Failed(v.Errors);
        }

        var now = m.Clock.GetUtcNow();
        var gap = new SkillsGap
        {
            EmployerId = employerId,
            SkillId = skillId,
            Sector = input.Sector ?? employer!.Sector,
            Severity = input.Severity,
            HardToFillVacancies = input.HardToFillVacancies,
            Description = description,
            Status = SkillsGapStatus.Open,
            PublishedAt = now,
            UpdatedAt = now,
        };
        m.Db.SkillsGaps.Add(gap);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        return new SkillsGapPayload(gap, null);
    }

    [Error<InvalidIdError>]
    [Error<SkillsGapNotFoundError>]
    [Error<SkillsGapNotOpenError>]
    [Error<NullNotAllowedError>]
    [Error<OutOfRangeError>]
    [Error<ValueTooLongError>]
    private static async Task<SkillsGapPayload> UpdateAsync(MutationContext<UpdateSkillsGapInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var id = v.Id("skillsGapId", input.SkillsGapId, "SkillsGap");
        var severity = v.NotNull("severity", input.Severity);
        var vacancies = v.NotNull("hardToFillVacancies", input.HardToFillVacancies);
        if (vacancies is { } given)
        {
            v.Range("hardToFillVacancies", given, 0, SkillsGapValidator.MaxVacancies);
        }

        var description = v.OptionalText("description", input.Description.Value, SkillsGapValidator.MaxDescriptionLength);
        var sector = v.NotNull("sector", input.Sector);
        var (gap, errors) = await FindOpenAsync(m, id);
        if (!v.IsValid || gap is null)
        {
            return SkillsGapPayload.Failed([.. v.Errors, .. errors]);
        }

        gap.Severity = severity ?? gap.Severity;
        gap.HardToFillVacancies = vacancies ?? gap.HardToFillVacancies;
        gap.Description = input.Description.HasValue ? description : gap.Description;
        gap.Sector = sector ?? gap.Sector;
        gap.UpdatedAt = m.Clock.GetUtcNow();
        await m.Db.SaveChangesAsync(m.CancellationToken);
        return new SkillsGapPayload(gap, null);
    }

    [Error<InvalidIdError>]
    [Error<SkillsGapNotFoundError>]
    [Error<SkillsGapNotOpenError>]
    private static async Task<SkillsGapPayload> CloseAsync(MutationContext<CloseSkillsGapInput> m)
    {
        var v = m.Validator;
        var id = v.Id("skillsGapId", m.Input.SkillsGapId, "SkillsGap");
        var (gap, errors) = await FindOpenAsync(m, id);
        if (!v.IsValid || gap is null)
        {
            return SkillsGapPayload.Failed([.. v.Errors, .. errors]);
        }

        var now = m.Clock.GetUtcNow();
        gap.Status = m.Input.Status == SkillsGapClosure.Filled ? SkillsGapStatus.Filled : SkillsGapStatus.Withdrawn;
        gap.ClosedAt = now;
        gap.UpdatedAt = now;
        await m.Db.SaveChangesAsync(m.CancellationToken);
        return new SkillsGapPayload(gap, null);
    }

    private static async Task<(SkillsGap? Gap, IReadOnlyList<UserError> Errors)> FindOpenAsync(MutationContext m, int id)
    {
        if (id == 0)
        {
            return (null, []);
        }

        var gap = await m.Db.SkillsGaps.SingleOrDefaultAsync(g => g.Id == id, m.CancellationToken);
        return gap switch
        {
            { } found when !m.Caller().ManagesEmployer(found.EmployerId) => (null, [m.NotOwner()]),
            null => (null, [new SkillsGapNotFoundError("No skills gap has that ID.", GlobalId.Serialize("SkillsGap", id))]),
            { Status: not SkillsGapStatus.Open } => (null, [new SkillsGapNotOpenError($"The skills gap is already {gap.Status.ToString().ToUpperInvariant()}.", gap.Status)]),
            _ => (gap, []),
        };
    }
}
