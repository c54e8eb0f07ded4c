using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;
using Network.Server.Pairings;

namespace Network.Server.Agreements;

/// <summary>
/// Proposing and confirming a pairing's agreement. Both work under the pairing's row lock, as every change to
/// a pairing does (<see cref="PairingChanges"/>), so that a proposal and a confirmation, or two proposals,
/// happen one after the other and versions stay consecutive. Every refusal writes nothing.
/// </summary>
internal static class AgreementMutations
{
    private static readonly MutationResult<PairingAgreementPayload> Result =
        new("agreement", () => new GraphQLTypeReference("PairingAgreement"), p => p.Agreement, p => p.Errors, PairingAgreementPayload.Failed);

    private static readonly AccessRule Mentors = CallerAccess.Roles("the pairing's two mentors, each for themself", Role.Mentor);

    public static void AddAgreementMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<ProposePairingAgreementInput, PairingAgreementPayload>(
            "proposePairingAgreement",
            "Proposes the next version of an ACCEPTED or ACTIVE pairing's agreement: how often and how the partners meet, and what each wants to learn, " +
                "each goal tied to a skill the owner's partner teaches them. Proposing confirms the version for the proposer's side, who acknowledges confidentiality; " +
                "the version is agreed once the partner confirms it too. Earlier versions stay as the agreement's history.",
            Mentors,
            Result,
            ProposeAsync);

        mutation.Mutation<ConfirmPairingAgreementInput, PairingAgreementPayload>(
            "confirmPairingAgreement",
            "Confirms the latest version of a pairing's agreement for the caller's side, acknowledging confidentiality; once both sides confirmed it, it is agreed. " +
                "Confirming a version already confirmed changes nothing.",
            Mentors,
            Result,
            ConfirmAsync);
    }

    [Error<InvalidIdError>]
    [Error<BlankValueError>]
    [Error<ValueTooLongError>]
    [Error<OutOfRangeError>]
    [Error<PairingNotFoundError>]
    [Error<AgreementNotAllowedError>]
    [Error<GoalOwnerNotInPairingError>]
    [Error<GoalSkillNotInPairingError>]
    [Error<ConfidentialityNotAcknowledgedError>]
    private static async Task<PairingAgreementPayload> ProposeAsync(MutationContext<ProposePairingAgreementInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var pairingKey = v.Id("pairingId", input.PairingId, "Pairing");
        var mentorKey = v.Id("mentorId", input.MentorId, "Mentor");
        v.Range("everyWeeks", input.EveryWeeks, AgreementRules.MinEveryWeeks, AgreementRules.MaxEveryWeeks);
        if (input.Goals.Count is < AgreementRules.MinGoals or > AgreementRules.MaxGoals)
        {
            v.Add(new OutOfRangeError(
                $"goals must hold between {AgreementRules.MinGoals} and {AgreementRules.MaxGoals} goals.", "goals", AgreementRules.MinGoals, AgreementRules.MaxGoals));
        }

        var goals = input.Goals.Select((g, i) => new ProposedGoal(
            i,
            v.Text($"goals[{i}].statement", g.Statement, AgreementRules.MaxStatementLength),
            v.Id($"goals[{i}].skillId", g.SkillId, "Skill"),
            v.Id($"goals[{i}].ownerMentorId", g.OwnerMentorId, "Mentor"),
            g)).ToList();
        if (!v.IsValid)
        {
            return PairingAgreementPayload.Failed(v.Errors);
        }

        if (!m.Caller().IsMentor(mentorKey))
        {
            return PairingAgreementPayload.Failed([m.NotOwner()]);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var pairing = await PairingChanges.LockAsync(m.Db, pairingKey, m.CancellationToken);
        if (Refusal(m, pairing, input.PairingId, mentorKey) is { } refused)
        {
            return PairingAgreementPayload.Failed([refused]);
        }

        var skills = await m.Db.PairingSkills.AsNoTracking().Where(s => s.PairingId == pairingKey).ToListAsync(m.CancellationToken);
        var errors = new List<UserError>();
        foreach (var goal in goals)
        {
            if (SideOf(pairing!, goal.OwnerKey) is not { } owner)
            {
                errors.Add(new GoalOwnerNotInPairingError(
                    $"{goal.Input.OwnerMentorId} is not one of the pairing's mentors.", $"goals[{goal.Index}].ownerMentorId", goal.Input.OwnerMentorId));
            }
            else if (!skills.Any(s => s.Teacher != owner && s.SkillId == goal.SkillKey))
            {
                errors.Add(new GoalSkillNotInPairingError(
                    $"A goal is what its owner learns from their partner; in this pairing their partner does not teach them {goal.Input.SkillId}.",
                    $"goals[{goal.Index}].skillId",
                    goal.Input.SkillId));
            }
        }

        if (!input.AcknowledgeConfidentiality)
        {
            errors.Add(NotAcknowledged("proposing"));
        }

        if (errors.Count > 0)
        {
            return PairingAgreementPayload.Failed(errors);
        }

        var latest = await m.Db.PairingAgreements.Where(a => a.PairingId == pairingKey).MaxAsync(a => (int?)a.Version, m.CancellationToken);
        var now = m.Clock.GetUtcNow();
        var agreement = new PairingAgreement
        {
            PairingId = pairingKey,
            Version = (latest ?? 0) + 1,
            EveryWeeks = input.EveryWeeks,
            Format = input.Format,
            ProposedByMentorId = mentorKey,
            ProposedAt = now,
            Goals = [.. goals.Select(g => new AgreementGoal
            {
                PairingId = pairingKey,
                Position = g.Index,
                Statement = g.Statement,
                SkillId = g.SkillKey,
                OwnerMentorId = g.OwnerKey,
                OwnerEmployerId = pairing!.EmployerId(SideOf(pairing, g.OwnerKey)!.Value),
            })],
        };
        agreement.Confirm(SideOf(pairing!, mentorKey)!.Value, now);
        m.Db.PairingAgreements.Add(agreement);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new PairingAgreementPayload(agreement, null);
    }

    [Error<InvalidIdError>]
    [Error<PairingNotFoundError>]
    [Error<AgreementNotAllowedError>]
    [Error<AgreementVersionMismatchError>]
    [Error<ConfidentialityNotAcknowledgedError>]
    private static async Task<PairingAgreementPayload> ConfirmAsync(MutationContext<ConfirmPairingAgreementInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var pairingKey = v.Id("pairingId", input.PairingId, "Pairing");
        var mentorKey = v.Id("mentorId", input.MentorId, "Mentor");
        if (!v.IsValid)
        {
            return PairingAgreementPayload.Failed(v.Errors);
        }

        if (!m.Caller().IsMentor(mentorKey))
        {
            return PairingAgreementPayload.Failed([m.NotOwner()]);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var pairing = await PairingChanges.LockAsync(m.Db, pairingKey, m.CancellationToken);
        if (Refusal(m, pairing, input.PairingId, mentorKey) is { } refused)
        {
            return PairingAgreementPayload.Failed([refused]);
        }

        var latest = await m.Db.PairingAgreements
            .Include(a => a.Goals.OrderBy(g => g.Position))
            .Where(a => a.PairingId == pairingKey)
            .OrderByDescending(a => a.Version)
            .FirstOrDefaultAsync(m.CancellationToken);
        if (latest?.Version != input.Version)
        {
            var message = latest is null
                ? "The pairing has no agreement yet; propose one."
                : $"Version {input.Version} is not the pairing's latest agreement; version {latest.Version} is, and only it may be confirmed.";
            return PairingAgreementPayload.Failed([new AgreementVersionMismatchError(message, input.PairingId, input.Version, latest?.Version)]);
        }

        if (!input.AcknowledgeConfidentiality)
        {
            return PairingAgreementPayload.Failed([NotAcknowledged("confirming")]);
        }

        if (latest.Confirm(SideOf(pairing!, mentorKey)!.Value, m.Clock.GetUtcNow()))
        {
            await m.Db.SaveChangesAsync(m.CancellationToken);
            await transaction.CommitAsync(m.CancellationToken);
        }

        return new PairingAgreementPayload(latest, null);
    }

    /// <summary>Why the mentor may not make or confirm the pairing's agreement: the pairing is missing, not theirs, or neither ACCEPTED nor ACTIVE.</summary>
    private static UserError? Refusal(MutationContext m, Pairing? pairing, string pairingId, int mentorKey)
    {
        if (pairing is null)
        {
            return new PairingNotFoundError($"No pairing has the ID {pairingId}.", pairingId);
        }

        if (SideOf(pairing, mentorKey) is null)
        {
            return m.NotOwner();
        }

        if (!AgreementRules.AgreeingStatuses.Contains(pairing.Status))
        {
            return new AgreementNotAllowedError(
                $"Agreements are made in ACCEPTED or ACTIVE pairings; this one is {pairing.Status.ToString().ToUpperInvariant()}.", pairingId, pairing.Status);
        }

        return null;
    }

    private static PairingSide? SideOf(Pairing pairing, int mentorId) =>
        mentorId == pairing.MentorAId ? PairingSide.A : mentorId == pairing.MentorBId ? PairingSide.B : null;

    private static ConfidentialityNotAcknowledgedError NotAcknowledged(string doing) =>
        new($"acknowledgeConfidentiality must be true: {doing} an agreement includes acknowledging that what is said in the pairing stays in it.", "acknowledgeConfidentiality");

    private sealed record ProposedGoal(int Index, string Statement, int SkillKey, int OwnerKey, AgreementGoalInput Input);
}
