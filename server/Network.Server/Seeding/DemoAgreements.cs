using Network.Server.Agreements;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Programmes;
using static Network.Server.Seeding.DemoMoments;

namespace Network.Server.Seeding;

/// <summary>
/// The agreements of a running demo programme's pairs, as <c>proposePairingAgreement</c> and <c>confirmPairingAgreement</c>
/// make them: every pair that accepted (now ACCEPTED, ACTIVE, PAUSED or COMPLETED) agreed a first version within days of
/// accepting, proposed by one mentor and confirmed by the other, each acknowledging confidentiality; it meets at the
/// programme's cadence in the pairing's format, and each mentor has one or two goals, each on a skill their partner
/// teaches them. Two long-running pairs later agreed a second version: they moved online, added a goal, or reworded
/// their goals.
/// </summary>
internal sealed class DemoAgreements(DemoRandom random, DateTimeOffset now)
{
    private const int Revised = 2;

    private static readonly PairingStatus[] Agreeing = [PairingStatus.Accepted, PairingStatus.Active, PairingStatus.Paused, PairingStatus.Completed];

    public List<PairingAgreement> For(Programme programme, IReadOnlyList<Pairing> pairings)
    {
        var agreements = new List<PairingAgreement>();
        foreach (var pairing in pairings.Where(p => Agreeing.Contains(p.Status)).OrderBy(p => p.Id))
        {
            var goals = Goals(pairing);
            if (goals.Count == 0)
            {
                continue;
            }

            var accepted = pairing.AcceptedAt!.Value;
            var proposedAt = random.Between(accepted.AddHours(1), Earlier(accepted.AddDays(4), (pairing.ActivatedAt ?? now).AddHours(-2)));
            agreements.Add(Agreement(pairing, 1, programme.SessionEveryWeeks, pairing.Format, goals, proposedAt));
        }

        var revisable = agreements
            .Where(a => Pairing(pairings, a).Status is PairingStatus.Active or PairingStatus.Completed && a.AgreedAt < now.AddDays(-120))
            .Where(a => Revise(Pairing(pairings, a), a) is var (format, goals) && (format != a.Format || !goals.SequenceEqual(Goals(a))))
            .ToArray();
        random.Shuffle(revisable);
        foreach (var first in revisable.Take(Revised).OrderBy(a => a.PairingId).ToList())
        {
            var pairing = Pairing(pairings, first);
            var (format, goals) = Revise(pairing, first);
            var proposedAt = random.Between(first.AgreedAt!.Value.AddDays(30), Earlier(first.AgreedAt.Value.AddDays(90), (pairing.CompletedAt ?? now).AddDays(-7)));
            agreements.Add(Agreement(pairing, 2, first.EveryWeeks, format, goals, proposedAt));
        }

        return agreements;
    }

    /// <summary>
    /// A second version of <paramref name="first"/>: a pair not yet meeting online moves online, as its sessions are; one
    /// that does adds a goal on a skill no goal is about yet, or else rewords its goals.
    /// </summary>
    private static (MentoringFormat Format, List<(int Owner, int SkillId, string Statement)> Goals) Revise(Pairing pairing, PairingAgreement first)
    {
        var goals = Goals(first);
        if (first.Format != MentoringFormat.Online)
        {
            return (MentoringFormat.Online, goals);
        }

        if (Uncovered(pairing, first.Goals).FirstOrDefault() is (not 0, var skill) uncovered)
        {
            return (first.Format, [.. goals, (uncovered.Owner, skill, DemoGoalStatements.For(skill, 0))]);
        }

        return (first.Format, [.. goals.Select(g => (g.Owner, g.SkillId, DemoGoalStatements.Next(g.SkillId, g.Statement)))]);
    }

    private static List<(int Owner, int SkillId, string Statement)> Goals(PairingAgreement agreement) =>
        [.. agreement.Goals.OrderBy(g => g.Position).Select(g => (g.OwnerMentorId, g.SkillId, g.Statement!))];

    /// <summary>One or two goals for each mentor, on skills the partner teaches them.</summary>
    private List<(int Owner, int SkillId, string Statement)> Goals(Pairing pairing)
    {
        var goals = new List<(int, int, string)>();
        foreach (var side in new[] { PairingSide.A, PairingSide.B })
        {
            int[] learned = [.. Learned(pairing, side)];
            random.Shuffle(learned);
            foreach (var skill in learned.Take(random.Between(1, 2)))
            {
                goals.Add((pairing.MentorId(side), skill, DemoGoalStatements.For(skill, random.Between(0, 1))));
            }
        }

        return goals;
    }

    /// <summary>A version proposed by one mentor, who confirms it, and confirmed by the other within three days.</summary>
    private PairingAgreement Agreement(Pairing pairing, int version, int everyWeeks, MentoringFormat format, List<(int Owner, int SkillId, string Statement)> goals, DateTimeOffset proposedAt)
    {
        var proposer = random.Chance(50) ? PairingSide.A : PairingSide.B;
        var agreement = new PairingAgreement
        {
            PairingId = pairing.Id,
            Version = version,
            EveryWeeks = everyWeeks,
            Format = format,
            ProposedByMentorId = pairing.MentorId(proposer),
            ProposedAt = proposedAt,
            Goals = [.. goals.Select((g, i) => new AgreementGoal
            {
                PairingId = pairing.Id,
                Position = i,
                Statement = g.Statement,
                SkillId = g.SkillId,
                OwnerMentorId = g.Owner,
                OwnerEmployerId = pairing.EmployerId(g.Owner == pairing.MentorAId ? PairingSide.A : PairingSide.B),
            })],
        };
        agreement.Confirm(proposer, proposedAt);
        agreement.Confirm(proposer == PairingSide.A ? PairingSide.B : PairingSide.A, random.Between(proposedAt.AddHours(1), Earlier(proposedAt.AddDays(3), now.AddMinutes(-30))));
        return agreement;
    }

    /// <summary>The skills the mentor of <paramref name="side"/> learns: those their partner teaches.</summary>
    private static IEnumerable<int> Learned(Pairing pairing, PairingSide side) =>
        pairing.Skills.Where(s => s.Teacher != side).Select(s => s.SkillId).Distinct().Order();

    /// <summary>The skills a mentor learns that no goal of theirs is about yet.</summary>
    private static IEnumerable<(int Owner, int SkillId)> Uncovered(Pairing pairing, IEnumerable<AgreementGoal> goals) =>
        new[] { PairingSide.A, PairingSide.B }.SelectMany(side => Learned(pairing, side)
            .Where(skill => !goals.Any(g => g.OwnerMentorId == pairing.MentorId(side) && g.SkillId == skill))
            .Select(skill => (pairing.MentorId(side), skill)));

    private static Pairing Pairing(IReadOnlyList<Pairing> pairings, PairingAgreement agreement) => pairings.Single(p => p.Id == agreement.PairingId);
}
