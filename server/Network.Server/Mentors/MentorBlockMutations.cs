using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Auditing;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;

namespace Network.Server.Mentors;

/// <summary>
/// A mentor blocks another, or lifts a block. Blocking twice, or lifting a block that is not there, changes
/// nothing and succeeds: the caller wants the block in place, or gone, and it is. The blocked mentor is
/// never told: nothing is logged against them, and what closes between the two closes as a partner
/// could close it themself.
/// </summary>
internal static class MentorBlockMutations
{
    private static readonly AccessRule MentorsThemselves =
        CallerAccess.Roles("the mentor themself and administrators", Role.Mentor, Role.Admin);

    public static void AddMentorBlockMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<BlockMentorInput, MentorPayload>(
            "blockMentor",
            "Blocks a mentor: from now on the two are never suggested to each other, planned together or paired, and their open pairing is declined or ended " +
            "as either partner could decline or end it. The blocked mentor is not told. Blocking again changes nothing.",
            MentorsThemselves,
            MentorMutations.Result,
            BlockAsync);

        mutation.Mutation<UnblockMentorInput, MentorPayload>(
            "unblockMentor",
            "Lifts a block: the two may be suggested and paired again; a pairing the block closed stays closed. Unblocking a mentor who is not blocked changes nothing.",
            MentorsThemselves,
            MentorMutations.Result,
            UnblockAsync);
    }

    [Error<InvalidIdError>]
    [Error<SelfBlockError>]
    [Error<MentorNotFoundError>]
    private static async Task<MentorPayload> BlockAsync(MutationContext<BlockMentorInput> m)
    {
        var (mentorId, blockedId) = Read(m, m.Input.MentorId, m.Input.BlockedMentorId);
        if (!m.Validator.IsValid)
        {
            return MentorPayload.Failed(m.Validator.Errors);
        }

        if (!IsOwn(m, mentorId))
        {
            return MentorPayload.Failed([m.NotOwner()]);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        await MentorBlockLock.ForBlockAsync(m.Db, m.CancellationToken);
        var (mentor, errors) = await FindAsync(m, mentorId, blockedId, m.Input.MentorId, m.Input.BlockedMentorId);
        if (mentor is null)
        {
            return MentorPayload.Failed(errors);
        }

        if (await m.Db.MentorBlocks.AnyAsync(b => b.MentorId == mentorId && b.BlockedMentorId == blockedId, m.CancellationToken))
        {
            return new MentorPayload(mentor, null);
        }

        var closing = new List<Action<MutationContext, DateTimeOffset>>();
        foreach (var handler in m.Context.Service<IEnumerable<IMentorBlockHandler>>())
        {
            closing.Add(await handler.LockAsync(m.Db, mentorId, blockedId, m.CancellationToken));
        }

        var now = m.Clock.GetUtcNow();
        m.Db.MentorBlocks.Add(new MentorBlock { MentorId = mentorId, BlockedMentorId = blockedId, BlockedAt = now });
        AuditIfActingForAnother(m, mentorId);
        closing.ForEach(close => close(m, now));
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new MentorPayload(mentor, null);
    }

    [Error<InvalidIdError>]
    [Error<SelfBlockError>]
    [Error<MentorNotFoundError>]
    private static async Task<MentorPayload> UnblockAsync(MutationContext<UnblockMentorInput> m)
    {
        var (mentorId, blockedId) = Read(m, m.Input.MentorId, m.Input.BlockedMentorId);
        if (!m.Validator.IsValid)
        {
            return MentorPayload.Failed(m.Validator.Errors);
        }

        if (!IsOwn(m, mentorId))
        {
            return MentorPayload.Failed([m.NotOwner()]);
        }

        var (mentor, errors) = await FindAsync(m, mentorId, blockedId, m.Input.MentorId, m.Input.BlockedMentorId);
        if (mentor is null)
        {
            return MentorPayload.Failed(errors);
        }

        var block = await m.Db.MentorBlocks.SingleOrDefaultAsync(b => b.MentorId == mentorId && b.BlockedMentorId == blockedId, m.CancellationToken);
        if (block is not null)
        {
            m.Db.MentorBlocks.Remove(block);
            AuditIfActingForAnother(m, mentorId);
            await m.Db.SaveChangesAsync(m.CancellationToken);
        }

        return new MentorPayload(mentor, null);
    }

    /// <summary>The two mentors' keys, after checking the IDs and that they name two people.</summary>
    private static (int MentorId, int BlockedMentorId) Read(MutationContext m, string mentorId, string blockedMentorId)
    {
        var v = m.Validator;
        var mentor = v.Id("mentorId", mentorId, "Mentor");
        var blocked = v.Id("blockedMentorId", blockedMentorId, "Mentor");
        if (mentor != 0 && mentor == blocked)
        {
            v.Add(new SelfBlockError("A mentor cannot block themself.", mentorId));
        }

        return (mentor, blocked);
    }

    /// <summary>Blocks are the mentor's own choice: only they, and administrators for them, make or lift one.</summary>
    private static bool IsOwn(MutationContext m, int mentorId) => m.Caller().IsMentor(mentorId) || m.Caller().IsAdmin;

    /// <summary>The mentor (tracked, for the payload), or the errors naming whichever of the two does not exist. Either may have withdrawn.</summary>
    private static async Task<(Mentor? Mentor, IReadOnlyList<UserError> Errors)> FindAsync(
        MutationContext m, int mentorId, int blockedId, string givenMentorId, string givenBlockedId)
    {
        var found = await m.Db.Mentors.Where(x => x.Id == mentorId || x.Id == blockedId).ToDictionaryAsync(x => x.Id, m.CancellationToken);
        List<UserError> errors =
        [
            .. found.ContainsKey(mentorId) ? [] : new[] { new MentorNotFoundError($"No mentor has the ID {givenMentorId}.", givenMentorId) },
            .. found.ContainsKey(blockedId) ? [] : new[] { new MentorNotFoundError($"No mentor has the ID {givenBlockedId}.", givenBlockedId) },
        ];
        return errors.Count == 0 ? (found[mentorId], []) : (null, errors);
    }

    /// <summary>An administrator's block or unblock goes to the audit log, against the mentor who blocks and never against the one blocked.</summary>
    private static void AuditIfActingForAnother(MutationContext m, int mentorId)
    {
        if (!m.Caller().IsMentor(mentorId))
        {
            m.Audit("Mentor", mentorId);
        }
    }
}
