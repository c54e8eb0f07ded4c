using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;
using Network.Server.Mentors;

namespace Network.Server.Programmes;

internal static class EnrolmentMutations
{
    private static readonly MutationResult<ProgrammeEnrolmentPayload> Result =
        new("enrolment", () => new GraphQLTypeReference("ProgrammeEnrolment"), p => p.Enrolment, p => p.Errors, ProgrammeEnrolmentPayload.Failed);

    private static readonly AccessRule EmployerAdmins =
        CallerAccess.Roles("the employer's admins, the programme's coordinators and administrators", Role.EmployerAdmin, Role.Coordinator, Role.Admin);

    private static readonly AccessRule MentorsEmployerAdmins = CallerAccess.Roles("the mentor's employer's admins and administrators", Role.EmployerAdmin, Role.Admin);

    private static readonly AccessRule TheMentor = CallerAccess.Roles("the mentor themself", Role.Mentor);

    private static readonly AccessRule Participants =
        CallerAccess.Roles("the mentor, their employer's admins, the programme's coordinators and administrators", Role.Mentor, Role.EmployerAdmin, Role.Coordinator, Role.Admin);

    public static void AddEnrolmentMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<JoinProgrammeInput, ProgrammePayload>(
            "joinProgramme",
            "Signs an employer up to a recruiting or running programme before its enrolment deadline, so that its mentors may enrol. The employer's sector and place must fit the programme. Joining twice changes nothing.",
            EmployerAdmins,
            ProgrammeMutations.Result,
            JoinAsync);

        mutation.Mutation<NominateForProgrammeInput, ProgrammeEnrolmentPayload>(
            "nominateForProgramme",
            "Nominates one of the employer's mentors for a programme the employer has joined (NOMINATED); the mentor enrols by accepting with enrolInProgramme. Nominating again changes nothing.",
            MentorsEmployerAdmins,
            Result,
            NominateAsync);

        mutation.Mutation<EnrolInProgrammeInput, ProgrammeEnrolmentPayload>(
            "enrolInProgramme",
            "Enrols the calling mentor (ENROLLED), or accepts their nomination, with their consent and the version of the code of conduct they accept. " +
            "Their employer must have joined, they must be inside the programme's area, and the programme must have room: at most two mentors per pair it takes.",
            TheMentor,
            Result,
            EnrolAsync);

        mutation.Mutation<WithdrawFromProgrammeInput, ProgrammeEnrolmentPayload>(
            "withdrawFromProgramme",
            "Withdraws a mentor from a programme (WITHDRAWN): their proposed pairings within it are declined and their accepted and active ones end (LEFT_PROGRAMME), as when a mentor leaves the network.",
            Participants,
            Result,
            WithdrawAsync);
    }

    [Error<InvalidIdError>]
    [Error<ProgrammeNotFoundError>]
    [Error<InvalidProgrammeTransitionError>]
    [Error<EnrolmentClosedError>]
    [Error<EmployerNotFoundError>]
    [Error<SectorNotInProgrammeError>]
    [Error<OutsideProgrammeAreaError>]
    private static async Task<ProgrammePayload> JoinAsync(MutationContext<JoinProgrammeInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var id = v.Id("programmeId", input.ProgrammeId, "Programme");
        var employerId = v.Id("employerId", input.EmployerId, "Employer");
        if (!v.IsValid)
        {
            return ProgrammePayload.Failed(v.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (programme, refused) = await ProgrammeChanges.LockAsync(
            m, id, input.ProgrammeId, ProgrammeChange.Enrol, (caller, p) => caller.ManagesEmployer(employerId) || ProgrammeAccess.Coordinates(caller, p));
        if (programme is null)
        {
            return ProgrammePayload.Failed([refused!]);
        }

        var employer = await m.Db.Employers.AsNoTracking().SingleOrDefaultAsync(e => e.Id == employerId, m.CancellationToken);
        if (employer is null)
        {
            return ProgrammePayload.Failed([new EmployerNotFoundError($"No employer has the ID {input.EmployerId}.", input.EmployerId)]);
        }

        if (await m.Db.ProgrammeEmployers.AnyAsync(e => e.ProgrammeId == id && e.EmployerId == employerId, m.CancellationToken))
        {
            return new ProgrammePayload(programme, null);
        }

        var now = m.Clock.GetUtcNow();
        List<UserError> errors = [.. EnrolmentRules.EmployerFits(programme, employer)];
        if (EnrolmentRules.Closed(programme, ProgrammeMutations.Today(now)) is { } closed)
        {
            errors.Insert(0, closed);
        }

        if (errors.Count > 0)
        {
            return ProgrammePayload.Failed(errors);
        }

        m.Db.ProgrammeEmployers.Add(new ProgrammeEmployer { ProgrammeId = id, EmployerId = employerId, JoinedAt = now, JoinedBySubject = m.Caller().Subject ?? string.Empty });
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new ProgrammePayload(programme, null);
    }

    [Error<InvalidIdError>]
    [Error<ProgrammeNotFoundError>]
    [Error<InvalidProgrammeTransitionError>]
    [Error<EnrolmentClosedError>]
    [Error<MentorNotFoundError>]
    [Error<MentorWithdrawnError>]
    [Error<EmployerNotInProgrammeError>]
    [Error<OutsideProgrammeAreaError>]
    private static async Task<ProgrammeEnrolmentPayload> NominateAsync(MutationContext<NominateForProgrammeInput> m)
    {
        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (programme, mentor, enrolment, errors) = await FindAsync(m, m.Input.ProgrammeId, m.Input.MentorId, (caller, _, found) => caller.ManagesEmployer(found.EmployerId));
        if (errors.Count > 0)
        {
            return ProgrammeEnrolmentPayload.Failed(errors);
        }

        if (enrolment is { Status: not EnrolmentStatus.Withdrawn })
        {
            return new ProgrammeEnrolmentPayload(enrolment, null);
        }

        var now = m.Clock.GetUtcNow();
        if (await FitsAsync(m, programme!, mentor!, now) is { Count: > 0 } refused)
        {
            return ProgrammeEnrolmentPayload.Failed(refused);
        }

        enrolment ??= m.Db.ProgrammeEnrolments.Add(new ProgrammeEnrolment { ProgrammeId = programme!.Id, MentorId = mentor!.Id, EmployerId = mentor.EmployerId }).Entity;
        enrolment.Status = EnrolmentStatus.Nominated;
        enrolment.NominatedAt = now;
        enrolment.NominatedBySubject = m.Caller().Subject;
        enrolment.WithdrawnAt = null;
        enrolment.WithdrawalReason = null;
        enrolment.UpdatedAt = now;
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new ProgrammeEnrolmentPayload(enrolment, null);
    }

    [Error<InvalidIdError>]
    [Error<ProgrammeNotFoundError>]
    [Error<InvalidProgrammeTransitionError>]
    [Error<EnrolmentClosedError>]
    [Error<MentorNotFoundError>]
    [Error<MentorWithdrawnError>]
    [Error<EmployerNotInProgrammeError>]
    [Error<OutsideProgrammeAreaError>]
    [Error<ConsentRequiredError>]
    [Error<ConductVersionMismatchError>]
    [Error<ProgrammeFullError>]
    private static async Task<ProgrammeEnrolmentPayload> EnrolAsync(MutationContext<EnrolInProgrammeInput> m)
    {
        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        if (!m.Input.Consent)
        {
            m.Validator.Add(new ConsentRequiredError("A mentor enrols only with their consent: consent must be true."));
        }

        var (programme, mentor, enrolment, errors) = await FindAsync(m, m.Input.ProgrammeId, m.Input.MentorId, (caller, _, found) => caller.IsMentor(found.Id));
        if (errors.Count > 0)
        {
            return ProgrammeEnrolmentPayload.Failed(errors);
        }

        if (enrolment is { Status: EnrolmentStatus.Enrolled })
        {
            return new ProgrammeEnrolmentPayload(enrolment, null);
        }

        var now = m.Clock.GetUtcNow();
        var refused = await FitsAsync(m, programme!, mentor!, now);
        if (m.Input.CodeOfConductVersion != programme!.ConductVersion)
        {
            refused.Add(new ConductVersionMismatchError(
                $"The programme's code of conduct is at version {programme.ConductVersion}; read it (Programme.codeOfConduct) and accept that version.", programme.ConductVersion));
        }

        // The programme's row is locked, so enrolments at capacity are counted one after the other.
        var enrolled = await m.Db.ProgrammeEnrolments.CountAsync(e => e.ProgrammeId == programme.Id && e.Status == EnrolmentStatus.Enrolled, m.CancellationToken);
        if (enrolled >= programme.MaxMentors)
        {
            refused.Add(new ProgrammeFullError($"The programme is full: {enrolled} mentors are enrolled for its {programme.MaxPairs} pairs.", programme.MaxPairs));
        }

        if (refused.Count > 0)
        {
            return ProgrammeEnrolmentPayload.Failed(refused);
        }

        enrolment ??= m.Db.ProgrammeEnrolments.Add(new ProgrammeEnrolment { ProgrammeId = programme.Id, MentorId = mentor!.Id, EmployerId = mentor.EmployerId }).Entity;
        enrolment.Status = EnrolmentStatus.Enrolled;
        enrolment.EnrolledAt = now;
        enrolment.ConsentGivenAt = now;
        enrolment.ConductVersion = programme.ConductVersion;
        enrolment.ConductAcceptedAt = now;
        enrolment.WithdrawnAt = null;
        enrolment.WithdrawalReason = null;
        enrolment.UpdatedAt = now;
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new ProgrammeEnrolmentPayload(enrolment, null);
    }

    [Error<InvalidIdError>]
    [Error<ProgrammeNotFoundError>]
    [Error<MentorNotFoundError>]
    [Error<EnrolmentNotFoundError>]
    [Error<ValueTooLongError>]
    private static async Task<ProgrammeEnrolmentPayload> WithdrawAsync(MutationContext<WithdrawFromProgrammeInput> m)
    {
        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var reason = m.Validator.OptionalText("reason", m.Input.Reason, ProgrammeRules.MaxReasonLength);
        var (programme, mentor, enrolment, errors) = await FindAsync(
            m, m.Input.ProgrammeId, m.Input.MentorId, (caller, p, found) => caller.ManagesMentor(found.Id, found.EmployerId) || ProgrammeAccess.Coordinates(caller, p), anyStatus: true);
        if (errors.Count > 0)
        {
            return ProgrammeEnrolmentPayload.Failed(errors);
        }

        if (enrolment is null)
        {
            return ProgrammeEnrolmentPayload.Failed([new EnrolmentNotFoundError("The mentor is not enrolled in the programme.", m.Input.ProgrammeId, m.Input.MentorId)]);
        }

        if (enrolment.Status == EnrolmentStatus.Withdrawn)
        {
            return new ProgrammeEnrolmentPayload(enrolment, null);
        }

        var now = m.Clock.GetUtcNow();
        var leave = await ProgrammeDeparture.LockPairingsAsync(m.Db, programme!.Id, mentor!.Id, m.CancellationToken);
        leave(m, now);
        enrolment.Status = EnrolmentStatus.Withdrawn;
        enrolment.WithdrawnAt = now;
        enrolment.WithdrawalReason = reason;
        enrolment.UpdatedAt = now;
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new ProgrammeEnrolmentPayload(enrolment, null);
    }

    /// <summary>
    /// Locks the programme (the caller has begun a transaction), and finds the mentor and their enrolment (tracked), checking
    /// the IDs, that the caller may act (<paramref name="mayAct"/>) and, unless <paramref name="anyStatus"/>,
    /// that the programme is enrolling and the mentor active.
    /// </summary>
    private static async Task<(Programme? Programme, Mentor? Mentor, ProgrammeEnrolment? Enrolment, List<UserError> Errors)> FindAsync(
        MutationContext m, string programmeId, string mentorId, Func<Caller, Programme, Mentor, bool> mayAct, bool anyStatus = false)
    {
        var v = m.Validator;
        var id = v.Id("programmeId", programmeId, "Programme");
        var mentorKey = v.Id("mentorId", mentorId, "Mentor");
        if (!v.IsValid)
        {
            return (null, null, null, [.. v.Errors]);
        }

        var mentor = await m.Db.Mentors.AsNoTracking().SingleOrDefaultAsync(x => x.Id == mentorKey, m.CancellationToken);
        var (programme, refused) = await ProgrammeChanges.LockAsync(
            m, id, programmeId, anyStatus ? null : ProgrammeChange.Enrol, (caller, p) => mentor is not null ? mayAct(caller, p, mentor) : ProgrammeAccess.Coordinates(caller, p) || caller.IsAuthenticated);
        if (programme is null)
        {
            return (null, null, null, [refused!]);
        }

        if (mentor is null)
        {
            return (null, null, null, [new MentorNotFoundError($"No mentor has the ID {mentorId}.", mentorId)]);
        }

        if (!anyStatus && mentor.Status != MentorStatus.Active)
        {
            return (null, null, null, [new MentorWithdrawnError("The mentor has withdrawn from the network.", mentorId)]);
        }

        var enrolment = await m.Db.ProgrammeEnrolments.SingleOrDefaultAsync(e => e.ProgrammeId == id && e.MentorId == mentorKey, m.CancellationToken);
        return (programme, mentor, enrolment, [.. v.Errors]);
    }

    /// <summary>The reasons the mentor cannot be nominated or enrol now: the deadline, their employer not having joined, their place.</summary>
    private static async Task<List<UserError>> FitsAsync(MutationContext m, Programme programme, Mentor mentor, DateTimeOffset now)
    {
        var errors = new List<UserError>();
        if (EnrolmentRules.Closed(programme, ProgrammeMutations.Today(now)) is { } closed)
        {
            errors.Add(closed);
        }

        if (!await m.Db.ProgrammeEmployers.AnyAsync(e => e.ProgrammeId == programme.Id && e.EmployerId == mentor.EmployerId, m.CancellationToken))
        {
            errors.Add(EnrolmentRules.EmployerNotJoined(mentor.EmployerId));
        }

        if (EnrolmentRules.MentorFits(programme, mentor) is { } outside)
        {
            errors.Add(outside);
        }

        return errors;
    }
}
