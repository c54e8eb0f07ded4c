using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;

namespace Network.Server.Pairings;

/// <summary>
/// How every change to an existing pairing is made: the pairing is read and its row locked until the
/// transaction ends, so that two changes to one pairing (say both mentors accepting at once) happen one
/// after the other and the second sees the first; the caller and the pairing's status are checked; the
/// change is applied; and it is audited, saved and committed together.
/// </summary>
internal static class PairingChanges
{
    /// <summary>
    /// Applies <paramref name="change"/> to the pairing <paramref name="id"/> (<paramref name="pairingId"/> as
    /// given) through <paramref name="apply"/>; <paramref name="actsForAnyPairing"/> says whether the caller
    /// may change pairings they are not party to.
    /// </summary>
    public static async Task<PairingPayload> ApplyAsync(
        MutationContext m, int id, string pairingId, PairingChange change, bool actsForAnyPairing, Func<Pairing, DateTimeOffset, Task<PairingChangeOutcome>> apply)
    {
        if (!m.Validator.IsValid)
        {
            return PairingPayload.Failed(m.Validator.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var pairing = await LockAsync(m.Db, id, m.CancellationToken);
        if (Refusal(m, pairing, pairingId, change, actsForAnyPairing) is { } refused)
        {
            return PairingPayload.Failed([refused]);
        }

        var outcome = await apply(pairing!, m.Clock.GetUtcNow());
        if (outcome.Errors.Count > 0)
        {
            return PairingPayload.Failed(outcome.Errors);
        }

        if (outcome.Changed)
        {
            m.AuditPairing(pairing!);
            await m.Db.SaveChangesAsync(m.CancellationToken);
            await transaction.CommitAsync(m.CancellationToken);
        }

        return new PairingPayload(pairing, null);
    }

    /// <summary>A change that needs nothing but the pairing.</summary>
    public static Task<PairingPayload> ApplyAsync(
        MutationContext m, int id, string pairingId, PairingChange change, bool actsForAnyPairing, Action<Pairing, DateTimeOffset> apply) =>
        ApplyAsync(m, id, pairingId, change, actsForAnyPairing, (pairing, now) =>
        {
            apply(pairing, now);
            return Task.FromResult(PairingChangeOutcome.Done);
        });

    /// <summary>The pairing <paramref name="id"/>, its row locked until the transaction ends, so that changes to one pairing happen one after the other; null when there is none.</summary>
    public static async Task<Pairing?> LockAsync(NetworkDbContext db, int id, CancellationToken cancellationToken)
    {
        var rows = await db.Pairings.FromSql($"SELECT * FROM pairings WHERE id = {id} FOR UPDATE").ToListAsync(cancellationToken);
        return rows.SingleOrDefault();
    }

    /// <summary>Why the change may not go ahead: the pairing is missing, not the caller's to change, or in a status the change does not start from.</summary>
    private static UserError? Refusal(MutationContext m, Pairing? pairing, string pairingId, PairingChange change, bool actsForAnyPairing)
    {
        if (pairing is null)
        {
            return new PairingNotFoundError($"No pairing has the ID {pairingId}.", pairingId);
        }

        if (!actsForAnyPairing && !PairingAccess.IsParty(m.Caller(), pairing))
        {
            return m.NotOwner();
        }

        if (!pairing.Allows(change))
        {
            var allowed = string.Join(" or ", Pairing.StartsFrom(change).Select(StatusName));
            return new InvalidPairingTransitionError(
                $"Only a {allowed} pairing can be changed by {m.Context.FieldDefinition.Name}; this one is {StatusName(pairing.Status)}.", pairingId, pairing.Status);
        }

        return null;
    }

    private static string StatusName(PairingStatus status) => status.ToString().ToUpperInvariant();
}
