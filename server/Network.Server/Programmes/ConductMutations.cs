using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;

namespace Network.Server.Programmes;

internal static class ConductMutations
{
    private static readonly AccessRule ProgrammeCoordinators = CallerAccess.Roles("the programme's coordinators and administrators", Role.Coordinator, Role.Admin);

    private static readonly AccessRule TheMentor = CallerAccess.Roles("the mentor themself", Role.Mentor);

    private static readonly MutationResult<ProgrammeEnrolmentPayload> EnrolmentResult =
        new("enrolment", () => new GraphQLTypeReference("ProgrammeEnrolment"), p => p.Enrolment, p => p.Errors, ProgrammeEnrolmentPayload.Failed);

    public static void AddConductMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<PublishCodeOfConductInput, ProgrammePayload>(
            "publishCodeOfConduct",
            "Publishes a new version of a programme's code of conduct. Every enrolled mentor accepts it (acceptCodeOfConduct) before being paired again.",
            ProgrammeCoordinators,
            ProgrammeMutations.Result,
            PublishAsync);

        mutation.Mutation<AcceptCodeOfConductInput, ProgrammeEnrolmentPayload>(
            "acceptCodeOfConduct",
            "Records that the calling mentor accepts the current version of a programme's code of conduct.",
            TheMentor,
            EnrolmentResult,
            AcceptAsync);
    }

    [Error<InvalidIdError>]
    [Error<ProgrammeNotFoundError>]
    [Error<InvalidProgrammeTransitionError>]
    [Error<BlankValueError>]
    [Error<ValueTooLongError>]
    private static async Task<ProgrammePayload> PublishAsync(MutationContext<PublishCodeOfConductInput> m)
    {
        var v = m.Validator;
        var id = v.Id("programmeId", m.Input.ProgrammeId, "Programme");
        var text = v.Text("text", m.Input.Text, ProgrammeRules.MaxConductLength);
        if (!v.IsValid)
        {
            return ProgrammePayload.Failed(v.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (programme, refused) = await ProgrammeChanges.LockAsync(m, id, m.Input.ProgrammeId, ProgrammeChange.SetObjectives);
        if (programme is null)
        {
            return ProgrammePayload.Failed([refused!]);
        }

        var now = m.Clock.GetUtcNow();
        programme.ConductVersion++;
        programme.UpdatedAt = now;
        m.Db.ProgrammeConductVersions.Add(new ProgrammeConduct
        {
            ProgrammeId = programme.Id,
            Version = programme.ConductVersion,
            Text = text,
            PublishedAt = now,
            PublishedBySubject = m.Caller().Subject ?? string.Empty,
        });
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new ProgrammePayload(programme, null);
    }

    [Error<InvalidIdError>]
    [Error<ProgrammeNotFoundError>]
    [Error<EnrolmentNotFoundError>]
    [Error<ConductVersionMismatchError>]
    private static async Task<ProgrammeEnrolmentPayload> AcceptAsync(MutationContext<AcceptCodeOfConductInput> m)
    {
        var v = m.Validator;
        var id = v.Id("programmeId", m.Input.ProgrammeId, "Programme");
        var mentorId = v.Id("mentorId", m.Input.MentorId, "Mentor");
        if (mentorId != 0 && !m.Caller().IsMentor(mentorId))
        {
            return ProgrammeEnrolmentPayload.Failed([m.NotOwner()]);
        }

        if (!v.IsValid)
        {
            return ProgrammeEnrolmentPayload.Failed(v.Errors);
        }

        var programme = await m.Db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, m.CancellationToken);
        if (programme is null || !ProgrammeAccess.IsVisible(m.Caller(), programme))
        {
            return ProgrammeEnrolmentPayload.Failed([ProgrammeChanges.NotFound(m.Input.ProgrammeId)]);
        }

        var enrolment = await m.Db.ProgrammeEnrolments.SingleOrDefaultAsync(e => e.ProgrammeId == id && e.MentorId == mentorId && e.Status != EnrolmentStatus.Withdrawn, m.CancellationToken);
        if (enrolment is null)
        {
            return ProgrammeEnrolmentPayload.Failed([new EnrolmentNotFoundError("The mentor is not enrolled in the programme.", m.Input.ProgrammeId, m.Input.MentorId)]);
        }

        if (m.Input.Version != programme.ConductVersion)
        {
            return ProgrammeEnrolmentPayload.Failed([new ConductVersionMismatchError(
                $"The programme's code of conduct is at version {programme.ConductVersion}; read it (Programme.codeOfConduct) and accept that version.", programme.ConductVersion)]);
        }

        var now = m.Clock.GetUtcNow();
        enrolment.ConductVersion = programme.ConductVersion;
        enrolment.ConductAcceptedAt = now;
        enrolment.UpdatedAt = now;
        await m.Db.SaveChangesAsync(m.CancellationToken);
        return new ProgrammeEnrolmentPayload(enrolment, null);
    }
}
