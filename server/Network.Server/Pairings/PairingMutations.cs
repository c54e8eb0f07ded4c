using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Errors;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Matching;
using Network.Server.Mentors;

namespace Network.Server.Pairings;

/// <summary>
/// The pairing lifecycle. Every change to a pairing locks its row, appends a <see cref="PairingEvent"/>
/// and, when someone other than the two mentors acts, writes the audit log, all in one transaction.
/// </summary>
internal static class PairingMutations
{
    private static readonly MutationResult<PairingPayload> Result =
        new("pairing", () => new GraphQLTypeReference("Pairing"), p => p.Pairing, p => p.Errors, PairingPayload.Failed);

    private static readonly MutationAccess Proposers = MutationAccess.Roles(
        "Allowed for either mentor, an admin of either mentor's employer, coordinators and administrators.",
        Role.Mentor, Role.EmployerAdmin, Role.Coordinator, Role.Admin);

    private static readonly MutationAccess Parties = MutationAccess.Roles(
        "Allowed for the pairing's mentors, admins of their employers and administrators.",
        Role.Mentor, Role.EmployerAdmin, Role.Admin);

    private static readonly MutationAccess Stewards = MutationAccess.Roles(
        "Allowed for the pairing's mentors, admins of their employers, coordinators and administrators.",
        Role.Mentor, Role.EmployerAdmin, Role.Coordinator, Role.Admin);

    private const string ProposerOwners = "either mentor, an admin of either mentor's employer, coordinators and administrators";
    private const string PartyOwners = "the pairing's mentors, admins of their employers and administrators";
    private const string StewardOwners = "the pairing's mentors, admins of their employers, coordinators and administrators";

    private static readonly Type[] ChangeErrors =
        [typeof(InvalidIdErrorGraphType), typeof(PairingNotFoundErrorGraphType), typeof(InvalidPairingTransitionErrorGraphType)];

    public static void AddPairingMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<ProposePairingInput, PairingPayload>(
            "proposePairing",
            "Proposes a pairing of two mentors of different employers, scored and with the skills each teaches the other. " +
            "A mentor who proposes has accepted for their side, and an employer admin who proposes has approved for theirs.",
            Proposers,
            Result,
            [typeof(InvalidIdErrorGraphType), typeof(MentorNotFoundErrorGraphType), typeof(MentorWithdrawnErrorGraphType), typeof(SameEmployerErrorGraphType),
             typeof(PairingAlreadyOpenErrorGraphType), typeof(NoCommonFormatErrorGraphType), typeof(PairingNotEligibleErrorGraphType)],
            ProposeAsync);

        mutation.Mutation<AcceptPairingInput, PairingPayload>(
            "acceptPairing",
            "Accepts a proposed pairing for the caller's side: a mentor for themself, an employer admin approving for their employer where it requires approval, " +
            "an administrator for every acceptance still outstanding. Once every required acceptance is in, the pairing is ACCEPTED, " +
            "provided neither mentor is at capacity. Accepting again changes nothing.",
            Parties,
            Result,
            [.. ChangeErrors, typeof(MentorWithdrawnErrorGraphType), typeof(MentorAtCapacityErrorGraphType)],
            AcceptAsync);

        mutation.Mutation<DeclinePairingInput, PairingPayload>(
            "declinePairing",
            "Declines a proposed pairing, with an optional reason.",
            Parties,
            Result,
            [.. ChangeErrors, typeof(ValueTooLongErrorGraphType)],
            DeclineAsync);

        mutation.Mutation<ActivatePairingInput, PairingPayload>(
            "activatePairing",
            "Starts an accepted pairing: the partners have begun meeting.",
            Stewards,
            Result,
            ChangeErrors,
            m => TransitionAsync(m, m.Input.PairingId, StewardOwners, PairingStatus.Accepted, PairingStatus.Active, PairingEventType.Activated,
                (p, now) => p.ActivatedAt = now));

        mutation.Mutation<CompletePairingInput, PairingPayload>(
            "completePairing",
            "Completes an active pairing.",
            Stewards,
            Result,
            ChangeErrors,
            m => TransitionAsync(m, m.Input.PairingId, StewardOwners, PairingStatus.Active, PairingStatus.Completed, PairingEventType.Completed,
                (p, now) => p.CompletedAt = now));

        mutation.Mutation<EndPairingInput, PairingPayload>(
            "endPairing",
            "Ends an accepted or active pairing early, with a reason and an optional note.",
            Stewards,
            Result,
            [.. ChangeErrors, typeof(ValueTooLongErrorGraphType)],
            EndAsync);
    }

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

        var proposals = await PairingProposals.LoadAsync(m.Db, [mentorId, partnerId], m.CancellationToken);
        var caller = m.Caller;
        var mayPropose = PairingAccess.SeesAll(caller) || caller.IsMentor(mentorId) || caller.IsMentor(partnerId)
            || new[] { proposals.Mentor(mentorId), proposals.Mentor(partnerId) }.Any(x => x is not null && caller.EmployerId == x.EmployerId);
        if (!mayPropose)
        {
            return PairingPayload.Failed([MutationAccess.NotOwner(ProposerOwners)]);
        }

        var errors = new List<UserError>();
        var pairing = proposals.Propose(
            new(mentorId, input.MentorId), new(partnerId, input.PartnerId), input.Format, m.Context.Service<PairScorer>(), caller, m.Clock.GetUtcNow(), errors);
        if (pairing is null)
        {
            return PairingPayload.Failed(errors);
        }

        m.Db.Pairings.Add(pairing);
        AuditIfNotAMentorOf(m, pairing);
        try
        {
            await m.Db.SaveChangesAsync(m.CancellationToken);
        }
        catch (DbUpdateException e) when (PairingProposals.IsOpenPairRace(e))
        {
            // A concurrent proposal of the same two mentors won the race.
            m.Db.ChangeTracker.Clear();
            var raced = await OpenPairingIdAsync(m, pairing.MentorAId, pairing.MentorBId);
            return PairingPayload.Failed([AlreadyOpen(raced ?? 0)]);
        }

        return new PairingPayload(pairing, null);
    }

    private static async Task<PairingPayload> AcceptAsync(MutationContext<AcceptPairingInput> m)
    {
        var id = m.Validator.Id("pairingId", m.Input.PairingId, "Pairing");
        if (!m.Validator.IsValid)
        {
            return PairingPayload.Failed(m.Validator.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var locked = await LockAsync(m, id);
        var caller = m.Caller;
        if (Check(m, locked, m.Input.PairingId, PartyOwners, caller.IsAdmin, PairingStatus.Proposed) is { } refused)
        {
            return refused;
        }

        var pairing = locked!;
        var now = m.Clock.GetUtcNow();
        var changed = false;
        foreach (var side in new[] { PairingSide.A, PairingSide.B })
        {
            if ((caller.IsAdmin || caller.IsMentor(pairing.MentorId(side))) && pairing.MentorAcceptedAt(side) is null)
            {
                pairing.RecordMentorAcceptance(side, now);
                AddEvent(m.Caller, pairing, PairingEventType.AcceptedByMentor, PairingStatus.Proposed, PairingStatus.Proposed, pairing.MentorId(side), now);
                changed = true;
            }

            if ((caller.IsAdmin || caller.EmployerId == pairing.EmployerId(side)) && pairing.EmployerApprovalRequired(side) && pairing.EmployerApprovedAt(side) is null)
            {
                pairing.RecordEmployerApproval(side, now);
                AddEvent(m.Caller, pairing, PairingEventType.ApprovedByEmployer, PairingStatus.Proposed, PairingStatus.Proposed, pairing.MentorId(side), now);
                changed = true;
            }
        }

        if (!changed)
        {
            // Nothing outstanding is the caller's to give: accepting twice is not an error.
            return new PairingPayload(pairing, null);
        }

        var complete = pairing.HasAccepted(PairingSide.A) && pairing.HasAccepted(PairingSide.B);
        var problems = complete ? await CapacityProblemsAsync(m, pairing) : await WithdrawnProblemsAsync(m, pairing);
        if (problems.Count > 0)
        {
            return PairingPayload.Failed(problems);
        }

        if (complete)
        {
            pairing.Status = PairingStatus.Accepted;
            pairing.AcceptedAt = now;
            AddEvent(m.Caller, pairing, PairingEventType.Accepted, PairingStatus.Proposed, PairingStatus.Accepted, null, now);
        }

        pairing.UpdatedAt = now;
        AuditIfNotAMentorOf(m, pairing);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new PairingPayload(pairing, null);
    }

    private static async Task<PairingPayload> DeclineAsync(MutationContext<DeclinePairingInput> m)
    {
        var id = m.Validator.Id("pairingId", m.Input.PairingId, "Pairing");
        var reason = m.Validator.OptionalText("reason", m.Input.Reason, PairingRules.MaxReasonLength);
        if (!m.Validator.IsValid)
        {
            return PairingPayload.Failed(m.Validator.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var locked = await LockAsync(m, id);
        if (Check(m, locked, m.Input.PairingId, PartyOwners, m.Caller.IsAdmin, PairingStatus.Proposed) is { } refused)
        {
            return refused;
        }

        var pairing = locked!;
        var now = m.Clock.GetUtcNow();
        pairing.Status = PairingStatus.Declined;
        pairing.DeclinedAt = now;
        pairing.DeclinedBySubject = Subject(m.Caller);
        pairing.DeclinedByRoles = RoleNames.Join(m.Caller);
        pairing.DeclineReason = reason;
        pairing.UpdatedAt = now;
        AddEvent(m.Caller, pairing, PairingEventType.Declined, PairingStatus.Proposed, PairingStatus.Declined, null, now);
        AuditIfNotAMentorOf(m, pairing);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new PairingPayload(pairing, null);
    }

    private static async Task<PairingPayload> EndAsync(MutationContext<EndPairingInput> m)
    {
        var id = m.Validator.Id("pairingId", m.Input.PairingId, "Pairing");
        var note = m.Validator.OptionalText("note", m.Input.Note, PairingRules.MaxReasonLength);
        if (!m.Validator.IsValid)
        {
            return PairingPayload.Failed(m.Validator.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var locked = await LockAsync(m, id);
        var steward = PairingAccess.SeesAll(m.Caller);
        if (Check(m, locked, m.Input.PairingId, StewardOwners, steward, PairingStatus.Accepted, PairingStatus.Active) is { } refused)
        {
            return refused;
        }

        var pairing = locked!;
        var now = m.Clock.GetUtcNow();
        var from = pairing.Status;
        pairing.Status = PairingStatus.Ended;
        pairing.EndedAt = now;
        pairing.EndReason = m.Input.Reason;
        pairing.EndNote = note;
        pairing.UpdatedAt = now;
        AddEvent(m.Caller, pairing, PairingEventType.Ended, from, PairingStatus.Ended, null, now);
        AuditIfNotAMentorOf(m, pairing);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new PairingPayload(pairing, null);
    }

    /// <summary>A change from one status to the next that needs nothing but the pairing: activation and completion.</summary>
    private static async Task<PairingPayload> TransitionAsync<TInput>(
        MutationContext<TInput> m, string pairingId, string owners, PairingStatus from, PairingStatus to, PairingEventType type, Action<Pairing, DateTimeOffset> stamp)
    {
        var id = m.Validator.Id("pairingId", pairingId, "Pairing");
        if (!m.Validator.IsValid)
        {
            return PairingPayload.Failed(m.Validator.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var locked = await LockAsync(m, id);
        if (Check(m, locked, pairingId, owners, PairingAccess.SeesAll(m.Caller), from) is { } refused)
        {
            return refused;
        }

        var pairing = locked!;
        var now = m.Clock.GetUtcNow();
        pairing.Status = to;
        stamp(pairing, now);
        pairing.UpdatedAt = now;
        AddEvent(m.Caller, pairing, type, from, to, null, now);
        AuditIfNotAMentorOf(m, pairing);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new PairingPayload(pairing, null);
    }

    /// <summary>
    /// Reads the pairing and locks its row until the transaction ends, so that two changes to one pairing
    /// (say both mentors accepting at once) happen one after the other and the second sees the first.
    /// </summary>
    private static async Task<Pairing?> LockAsync<TInput>(MutationContext<TInput> m, int id)
    {
        var rows = await m.Db.Pairings.FromSql($"SELECT * FROM pairings WHERE id = {id} FOR UPDATE").ToListAsync(m.CancellationToken);
        return rows.SingleOrDefault();
    }

    /// <summary>The refusal for a pairing that is missing, not the caller's to change, or in a status the change does not start from; null when it may go ahead.</summary>
    private static PairingPayload? Check<TInput>(
        MutationContext<TInput> m, Pairing? pairing, string pairingId, string owners, bool actsForAnyPairing, params PairingStatus[] from)
    {
        if (pairing is null)
        {
            return PairingPayload.Failed([new PairingNotFoundError($"No pairing has the ID {pairingId}.", pairingId)]);
        }

        if (!actsForAnyPairing && !PairingAccess.IsParty(m.Caller, pairing))
        {
            return PairingPayload.Failed([MutationAccess.NotOwner(owners)]);
        }

        if (!from.Contains(pairing.Status))
        {
            var allowed = string.Join(" or ", from.Select(StatusName));
            return PairingPayload.Failed([new InvalidPairingTransitionError(
                $"Only a {allowed} pairing can be changed by {m.Context.FieldDefinition.Name}; this one is {StatusName(pairing.Status)}.", pairingId, pairing.Status)]);
        }

        return null;
    }

    /// <summary>
    /// The last acceptance makes the pairing count against both mentors' capacity. Both mentor rows are
    /// locked, in ID order so that concurrent acceptances cannot deadlock, before their held pairings are
    /// counted: a concurrent acceptance involving either mentor waits until this one commits, and then counts it.
    /// </summary>
    private static async Task<List<UserError>> CapacityProblemsAsync<TInput>(MutationContext<TInput> m, Pairing pairing)
    {
        var (a, b) = (pairing.MentorAId, pairing.MentorBId);
        var mentors = await m.Db.Mentors
            .FromSql($"SELECT * FROM mentors WHERE id IN ({a}, {b}) ORDER BY id FOR UPDATE")
            .AsNoTracking()
            .ToListAsync(m.CancellationToken);
        var problems = Withdrawn(mentors);
        if (problems.Count > 0)
        {
            return problems;
        }

        var held = await m.Db.Pairings.AsNoTracking()
            .Where(p => (p.MentorAId == a || p.MentorBId == a || p.MentorAId == b || p.MentorBId == b) && Pairing.HeldStatuses.Contains(p.Status))
            .Select(p => new { p.MentorAId, p.MentorBId })
            .ToListAsync(m.CancellationToken);
        foreach (var mentor in mentors)
        {
            var count = held.Count(p => p.MentorAId == mentor.Id || p.MentorBId == mentor.Id);
            if (count >= mentor.Capacity)
            {
                problems.Add(new MentorAtCapacityError(
                    $"The mentor already holds {count} accepted or active pairings, their capacity.", GlobalId.Serialize("Mentor", mentor.Id), mentor.Capacity));
            }
        }

        return problems;
    }

    private static async Task<List<UserError>> WithdrawnProblemsAsync<TInput>(MutationContext<TInput> m, Pairing pairing)
    {
        var mentors = await m.Db.Mentors.AsNoTracking()
            .Where(x => x.Id == pairing.MentorAId || x.Id == pairing.MentorBId)
            .ToListAsync(m.CancellationToken);
        return Withdrawn(mentors);
    }

    private static List<UserError> Withdrawn(IEnumerable<Mentor> mentors) =>
        [.. mentors.Where(x => x.Status == MentorStatus.Withdrawn)
            .Select(x => new MentorWithdrawnError("The mentor has withdrawn; the pairing cannot be accepted.", GlobalId.Serialize("Mentor", x.Id)))];

    private static async Task<int?> OpenPairingIdAsync<TInput>(MutationContext<TInput> m, int a, int b) =>
        await m.Db.Pairings.AsNoTracking()
            .Where(p => p.MentorAId == a && p.MentorBId == b && Pairing.OpenStatuses.Contains(p.Status))
            .Select(p => (int?)p.Id)
            .FirstOrDefaultAsync(m.CancellationToken);

    internal static PairingAlreadyOpenError AlreadyOpen(int pairingId) =>
        new("The two mentors already have a proposed, accepted or active pairing.", GlobalId.Serialize("Pairing", pairingId));

    internal static void AddEvent(
        Caller caller, Pairing pairing, PairingEventType type, PairingStatus? from, PairingStatus to, int? mentorId, DateTimeOffset at) =>
        pairing.Events.Add(new PairingEvent
        {
            Type = type,
            FromStatus = from,
            ToStatus = to,
            MentorId = mentorId,
            ActorSubject = Subject(caller),
            ActorRoles = RoleNames.Join(caller),
            OccurredAt = at,
        });

    /// <summary>Employer admins', coordinators' and administrators' actions on two people's pairing go to the audit log, once for each mentor.</summary>
    internal static void AuditIfNotAMentorOf<TInput>(MutationContext<TInput> m, Pairing pairing)
    {
        if (!PairingAccess.IsMentorOf(m.Caller, pairing))
        {
            m.Audit("Mentor", pairing.MentorAId);
            m.Audit("Mentor", pairing.MentorBId);
        }
    }

    internal static string Subject(Caller caller) => caller.Subject ?? "anonymous";

    private static string StatusName(PairingStatus status) => status.ToString().ToUpperInvariant();
}
