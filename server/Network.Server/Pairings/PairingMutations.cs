using GraphQL.Types;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;
using Network.Server.Mentors;

namespace Network.Server.Pairings;

/// <summary>
/// The pairing mutations: a proposal, and the changes of <see cref="Pairing"/>'s lifecycle, each made by
/// <see cref="PairingChanges"/> under the pairing's row lock with its event and audit entries.
/// </summary>
internal static class PairingMutations
{
    /// <summary>The payload of every mutation that changes one pairing.</summary>
    internal static readonly MutationResult<PairingPayload> Result =
        new("pairing", () => new GraphQLTypeReference("Pairing"), p => p.Pairing, p => p.Errors, PairingPayload.Failed);

    private static readonly AccessRule Proposers = CallerAccess.Roles(
        "either mentor, an admin of either mentor's employer, coordinators and administrators",
        Role.Mentor, Role.EmployerAdmin, Role.Coordinator, Role.Admin);

    private static readonly AccessRule Parties = CallerAccess.Roles(
        "the pairing's mentors, admins of their employers and administrators",
        Role.Mentor, Role.EmployerAdmin, Role.Admin);

    private static readonly AccessRule Stewards = CallerAccess.Roles(
        "the pairing's mentors, admins of their employers, coordinators and administrators",
        Role.Mentor, Role.EmployerAdmin, Role.Coordinator, Role.Admin);

    public static void AddPairingMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<ProposePairingInput, PairingPayload>(
            "proposePairing",
            "Proposes a pairing of two mentors of different employers, scored and with the skills each teaches the other. " +
            "A mentor who proposes has accepted for their side, and an employer admin who proposes has approved for theirs.",
            Proposers,
            Result,
            ProposeAsync);

        mutation.Mutation<AcceptPairingInput, PairingPayload>(
            "acceptPairing",
            "Accepts a proposed pairing for the caller's side: a mentor for themself, an employer admin approving for their employer where it requires approval, " +
            "an administrator for every acceptance still outstanding. Once every required acceptance is in, the pairing is ACCEPTED, " +
            "provided neither mentor is at capacity. Accepting again changes nothing.",
            Parties,
            Result,
            AcceptAsync);

        mutation.Mutation<DeclinePairingInput, PairingPayload>(
            "declinePairing",
            "Declines a proposed pairing, with an optional reason.",
            Parties,
            Result,
            DeclineAsync);

        mutation.Mutation<ActivatePairingInput, PairingPayload>(
            "activatePairing",
            "Starts an accepted pairing: the partners have begun meeting.",
            Stewards,
            Result,
            ActivateAsync);

        mutation.Mutation<CompletePairingInput, PairingPayload>(
            "completePairing",
            "Completes an active pairing.",
            Stewards,
            Result,
            CompleteAsync);

        mutation.Mutation<EndPairingInput, PairingPayload>(
            "endPairing",
            "Ends an accepted, active or paused pairing early, with a reason and an optional note.",
            Stewards,
            Result,
            EndAsync);
    }

    [ProposalErrors]
    private static async Task<PairingPayload> ProposeAsync(MutationContext<ProposePairingInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var mentorId = v.Id("mentorId", input.MentorId, "Mentor");
        var partnerId = v.Id("partnerId", input.PartnerId, "Mentor");
        if (!v.IsValid)
        {
            return PairingPayload.Failed(v.Errors);
        }

        var caller = m.Caller();
        var (pairings, errors) = await PairingProposer.ProposeAsync(
            m,
            [new(new(mentorId, input.MentorId), new(partnerId, input.PartnerId), input.Format)],
            loaded => PairingAccess.SeesAll(caller) || caller.IsMentor(mentorId) || caller.IsMentor(partnerId)
                || new[] { loaded.Mentor(mentorId), loaded.Mentor(partnerId) }.Any(x => x is not null && caller.EmployerId == x.EmployerId)
                ? null
                : m.NotOwner());
        return errors.Count > 0 ? PairingPayload.Failed(errors) : new PairingPayload(pairings[0], null);
    }

    [PairingChangeErrors]
    [Error<MentorWithdrawnError>]
    [Error<MentorAtCapacityError>]
    private static Task<PairingPayload> AcceptAsync(MutationContext<AcceptPairingInput> m)
    {
        var id = m.Validator.Id("pairingId", m.Input.PairingId, "Pairing");
        return PairingChanges.ApplyAsync(m, id, m.Input.PairingId, PairingChange.Accept, m.Caller().IsAdmin, async (pairing, now) =>
        {
            if (!pairing.Accept(m.Caller(), now))
            {
                return PairingChangeOutcome.Unchanged;
            }

            var complete = pairing.IsAcceptedByBothSides;
            var problems = complete ? await PairingCapacity.ProblemsAsync(m.Db, pairing, m.CancellationToken) : await PairingCapacity.WithdrawnAsync(m.Db, pairing, m.CancellationToken);
            if (problems.Count > 0)
            {
                return PairingChangeOutcome.Refused(problems);
            }

            if (complete)
            {
                pairing.CompleteAcceptance(m.Caller(), now);
            }

            return PairingChangeOutcome.Done;
        });
    }

    [PairingChangeErrors]
    [Error<ValueTooLongError>]
    private static Task<PairingPayload> DeclineAsync(MutationContext<DeclinePairingInput> m)
    {
        var id = m.Validator.Id("pairingId", m.Input.PairingId, "Pairing");
        var reason = m.Validator.OptionalText("reason", m.Input.Reason, PairingRules.MaxReasonLength);
        return PairingChanges.ApplyAsync(m, id, m.Input.PairingId, PairingChange.Decline, m.Caller().IsAdmin, (pairing, now) => pairing.Decline(m.Caller(), reason, now));
    }

    [PairingChangeErrors]
    private static Task<PairingPayload> ActivateAsync(MutationContext<ActivatePairingInput> m)
    {
        var id = m.Validator.Id("pairingId", m.Input.PairingId, "Pairing");
        return PairingChanges.ApplyAsync(m, id, m.Input.PairingId, PairingChange.Activate, PairingAccess.SeesAll(m.Caller()), (pairing, now) => pairing.Activate(m.Caller(), now));
    }

    [PairingChangeErrors]
    private static Task<PairingPayload> CompleteAsync(MutationContext<CompletePairingInput> m)
    {
        var id = m.Validator.Id("pairingId", m.Input.PairingId, "Pairing");
        return PairingChanges.ApplyAsync(m, id, m.Input.PairingId, PairingChange.Complete, PairingAccess.SeesAll(m.Caller()), (pairing, now) => pairing.Complete(m.Caller(), now));
    }

    [PairingChangeErrors]
    [Error<ValueTooLongError>]
    private static Task<PairingPayload> EndAsync(MutationContext<EndPairingInput> m)
    {
        var id = m.Validator.Id("pairingId", m.Input.PairingId, "Pairing");
        var note = m.Validator.OptionalText("note", m.Input.Note, PairingRules.MaxReasonLength);
        return PairingChanges.ApplyAsync(
            m, id, m.Input.PairingId, PairingChange.End, PairingAccess.SeesAll(m.Caller()), (pairing, now) => pairing.End(m.Caller(), m.Input.Reason, note, now));
    }
}
