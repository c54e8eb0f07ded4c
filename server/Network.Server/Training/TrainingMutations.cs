using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;
using Network.Server.Mentors;

namespace Network.Server.Training;

internal static class TrainingMutations
{
    private static readonly MutationResult<TrainingCompletionPayload> Result =
        new("completion", () => new GraphQLTypeReference("TrainingCompletion"), p => p.Completion, p => p.Errors, TrainingCompletionPayload.Failed);

    // Coordinators run training sessions and record who took part; a mentor records what they took on their own.
    private static readonly AccessRule Recorders =
        CallerAccess.Roles("the mentor, coordinators and administrators", Role.Mentor, Role.Coordinator, Role.Admin);

    public static void AddTrainingMutations(this ObjectGraphType mutation) =>
        mutation.Mutation<RecordTrainingCompletionInput, TrainingCompletionPayload>(
            "recordTrainingCompletion",
            "Records that a mentor completed a training module. Recording it again keeps the first completion.",
            Recorders,
            Result,
            RecordAsync);

    [Error<InvalidIdError>]
    [Error<MentorNotFoundError>]
    [Error<MentorWithdrawnError>]
    [Error<TrainingModuleNotFoundError>]
    [Error<InvalidDateError>]
    private static async Task<TrainingCompletionPayload> RecordAsync(MutationContext<RecordTrainingCompletionInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var caller = m.Caller();
        var mentorId = v.Id("mentorId", input.MentorId, "Mentor");
        var moduleId = v.Id("trainingModuleId", input.TrainingModuleId, "TrainingModule");
        if (mentorId != 0 && !(caller.IsMentor(mentorId) || caller.IsAdmin || caller.Is(Role.Coordinator)))
        {
            return TrainingCompletionPayload.Failed([m.NotOwner()]);
        }

        var now = m.Clock.GetUtcNow();
        if (input.CompletedAt > now)
        {
            v.Add(new InvalidDateError("completedAt must not be in the future.", "completedAt"));
        }

        if (!v.IsValid)
        {
            return TrainingCompletionPayload.Failed(v.Errors);
        }

        var mentor = await m.Db.Mentors.AsNoTracking().Where(x => x.Id == mentorId).Select(x => new { x.Status }).SingleOrDefaultAsync(m.CancellationToken);
        if (mentor is null)
        {
            v.Add(new MentorNotFoundError($"No mentor has the ID {input.MentorId}.", input.MentorId));
        }
        else if (mentor.Status != MentorStatus.Active)
        {
            v.Add(new MentorWithdrawnError("The mentor has withdrawn.", input.MentorId));
        }

        if (!await m.Db.TrainingModules.AnyAsync(t => t.Id == moduleId, m.CancellationToken))
        {
            v.Add(new TrainingModuleNotFoundError($"No training module has the ID {input.TrainingModuleId}.", input.TrainingModuleId));
        }

        if (!v.IsValid)
        {
            return TrainingCompletionPayload.Failed(v.Errors);
        }

        var completion = new TrainingCompletion
        {
            MentorId = mentorId,
            TrainingModuleId = moduleId,
            CompletedAt = input.CompletedAt ?? now,
            RecordedBySubject = caller.Subject ?? string.Empty,
        };

        // Recording twice, even at once, keeps the first: the key is (mentor, module).
        var inserted = await m.Db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO training_completions (mentor_id, training_module_id, completed_at, recorded_by_subject)
            VALUES ({completion.MentorId}, {completion.TrainingModuleId}, {completion.CompletedAt}, {completion.RecordedBySubject})
            ON CONFLICT DO NOTHING
            """,
            m.CancellationToken);
        if (inserted == 0)
        {
            completion = await m.Db.TrainingCompletions.AsNoTracking()
                .SingleAsync(c => c.MentorId == mentorId && c.TrainingModuleId == moduleId, m.CancellationToken);
        }

        return new TrainingCompletionPayload(completion, null);
    }
}
