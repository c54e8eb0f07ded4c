using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Scoring;

namespace Network.Server.Pairings;

/// <summary>Proposes pairings, one or a whole plan: all of them, saved together with their audit entries, or none.</summary>
internal static class PairingProposer
{
    /// <summary>
    /// Checks every proposal and saves the pairings, or returns every error and saves nothing.
    /// <paramref name="refusal"/>, given the mentors, may refuse the caller before anything is checked.
    /// A concurrent proposal of the same two mentors may reach the database's unique index first: the
    /// proposals are then checked again against the data as it now stands, so the errors name the
    /// pairings that are open now. A concurrent block waits, or is waited for (<see cref="MentorBlockLock"/>).
    /// <paramref name="scorer"/> scores the pairs (the network's scorer when null,
    /// a focused one within a programme), and <paramref name="beforeSave"/> may add what belongs with the new
    /// pairings (a programme's link to them) so that it is saved in the same call.
    /// </summary>
    public static async Task<(IReadOnlyList<Pairing> Pairings, IReadOnlyList<UserError> Errors)> ProposeAsync(
        MutationContext m,
        IReadOnlyList<Proposal> proposals,
        Func<PairingProposals, UserError?>? refusal = null,
        PairScorer? scorer = null,
        Action<IReadOnlyList<Pairing>>? beforeSave = null)
    {
        int[] mentorIds = [.. proposals.SelectMany(p => new[] { p.Mentor.Key, p.Partner.Key })];
        // A caller that holds a transaction already (a programme's plan, with the programme locked) commits it.
        await using var transaction = m.Db.Database.CurrentTransaction is null ? await m.Db.Database.BeginTransactionAsync(m.CancellationToken) : null;
        await MentorBlockLock.ForProposalAsync(m.Db, m.CancellationToken);
        var loaded = await PairingProposals.LoadAsync(m.Db, mentorIds, m.CancellationToken);
        if (refusal?.Invoke(loaded) is { } refused)
        {
            return ([], [refused]);
        }

        scorer ??= m.Context.Service<PairScorer>();
        var now = m.Clock.GetUtcNow();
        var (pairings, errors) = Check(loaded, proposals, scorer, m.Caller(), now);
        if (errors.Count > 0)
        {
            return ([], errors);
        }

        foreach (var pairing in pairings)
        {
            m.Db.Pairings.Add(pairing);
            m.AuditPairing(pairing);
        }

        beforeSave?.Invoke(pairings);
        try
        {
            await m.Db.SaveChangesAsync(m.CancellationToken);
        }
        catch (DbUpdateException e) when (PairingProposals.IsOpenPairRace(e))
        {
            m.Db.ChangeTracker.Clear();
            var current = await PairingProposals.LoadAsync(m.Db, mentorIds, m.CancellationToken);
            var (_, raced) = Check(current, proposals, scorer, m.Caller(), now);
            if (raced.Count == 0)
            {
                throw;
            }

            return ([], raced);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(m.CancellationToken);
        }

        return (pairings, []);
    }

    private static (List<Pairing> Pairings, List<UserError> Errors) Check(
        PairingProposals loaded, IReadOnlyList<Proposal> proposals, PairScorer scorer, Caller caller, DateTimeOffset now)
    {
        var errors = new List<UserError>();
        var pairings = new List<Pairing>();
        foreach (var proposal in proposals)
        {
            if (loaded.Propose(proposal.Mentor, proposal.Partner, proposal.Format, scorer, caller, now, errors) is { } pairing)
            {
                pairings.Add(pairing);
            }
        }

        return (pairings, errors);
    }
}
