using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Auditing;
using Network.Server.Employers;
using Network.Server.Geo;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;

namespace Network.Server.Mentors;

internal static class MentorMutations
{
    /// <summary>The payload of every mutation that returns one mentor.</summary>
    internal static readonly MutationResult<MentorPayload> Result =
        new("mentor", () => new GraphQLTypeReference("Mentor"), p => p.Mentor, p => p.Errors, MentorPayload.Failed);

    private static readonly AccessRule EmployerAdmins =
        CallerAccess.Roles("the employer's admins and administrators", Role.EmployerAdmin, Role.Admin);

    private static readonly AccessRule ProfileManagers =
        CallerAccess.Roles("the mentor, their employer's admins and administrators", Role.Mentor, Role.EmployerAdmin, Role.Admin);

    public static void AddMentorMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<VolunteerMentorInput, MentorPayload>(
            "volunteerMentor",
            "Volunteers an employee as a mentor, with the skills they offer and want.",
            EmployerAdmins,
            Result,
            VolunteerAsync);

        mutation.Mutation<UpdateMentorInput, MentorPayload>(
            "updateMentor",
            "Changes a mentor's profile; fields left out keep their value, and skill lists given replace the old ones. An email or job title given as null is removed; the other fields may not be null (NullNotAllowedError).",
            ProfileManagers,
            Result,
            UpdateAsync);

        mutation.Mutation<WithdrawMentorInput, MentorPayload>(
            "withdrawMentor",
            "Withdraws a mentor: they are no longer listed or suggested, their proposed pairings are declined and their accepted, active and paused ones end (LEFT_PROGRAMME).",
            ProfileManagers,
            Result,
            WithdrawAsync);
    }

    [MentorProfileErrors]
    [Error<EmployerNotFoundError>]
    private static async Task<MentorPayload> VolunteerAsync(MutationContext<VolunteerMentorInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var employerId = v.Id("employerId", input.EmployerId, "Employer");
        if (employerId != 0 && !m.Caller().ManagesEmployer(employerId))
        {
            return MentorPayload.Failed([m.NotOwner()]);
        }

        var (displayName, email, jobTitle, place) = MentorProfileValidator.Fields(
            v, input.DisplayName, input.Email, input.JobTitle, input.Capacity, input.MaxTravelKm, input.Postcode);
        var (offers, wants) = await MentorProfileValidator.SkillsAsync(v, m.Db, input.Offers, input.Wants, m.CancellationToken);
        var employer = employerId == 0 ? null : await m.Db.Employers.AsNoTracking().SingleOrDefaultAsync(e => e.Id == employerId, m.CancellationToken);
        if (employerId != 0 && employer is null)
        {
            v.Add(new EmployerNotFoundError($"No employer has the ID {input.EmployerId}.", input.EmployerId));
        }

        if (!v.IsValid || employer is null)
        {
            return MentorPayload.Failed(v.Errors);
        }

        var profile = new MentorProfile(
            displayName, email, jobTitle, input.CareerStage, input.Capacity, input.Format, input.MaxTravelKm, input.Availability, place, offers, wants);
        var mentor = profile.NewMentor(employer, m.Clock.GetUtcNow());
        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        m.Db.Mentors.Add(mentor);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        m.Audit("Mentor", mentor.Id);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new MentorPayload(mentor, null);
    }

    [MentorProfileErrors]
    [Error<NullNotAllowedError>]
    [Error<MentorNotFoundError>]
    [Error<MentorWithdrawnError>]
    private static async Task<MentorPayload> UpdateAsync(MutationContext<UpdateMentorInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var id = v.Id("mentorId", input.MentorId, "Mentor");
        var mentor = id == 0 ? null : await m.Db.Mentors.Include(x => x.Offers).Include(x => x.Wants).SingleOrDefaultAsync(x => x.Id == id, m.CancellationToken);
        if (mentor is not null && !m.Caller().ManagesMentor(mentor.Id, mentor.EmployerId))
        {
            return MentorPayload.Failed([m.NotOwner()]);
        }

        var displayName = v.NotNull("displayName", input.DisplayName) is { } givenName ? v.Text("displayName", givenName, MentorProfileValidator.MaxDisplayNameLength) : null;
        var email = v.Email("email", input.Email.Value);
        var jobTitle = v.OptionalText("jobTitle", input.JobTitle.Value, MentorProfileValidator.MaxJobTitleLength);
        var careerStage = v.NotNull("careerStage", input.CareerStage);
        var capacity = v.NotNull("capacity", input.Capacity);
        if (capacity is { } givenCapacity)
        {
            v.Range("capacity", givenCapacity, 1, MentorProfileValidator.MaxCapacity);
        }

        var format = v.NotNull("format", input.Format);
        var travel = v.NotNull("maxTravelKm", input.MaxTravelKm);
        if (travel is { } givenTravel)
        {
            v.Range("maxTravelKm", givenTravel, 0, MentorProfileValidator.MaxTravelKm);
        }

        var availability = v.NotNull("availability", input.Availability);
        var place = v.NotNull("postcode", input.Postcode) is { } givenPostcode ? v.Postcode("postcode", givenPostcode) : null;

        // A list left out is checked as it stands, so that a skill cannot end up both offered and wanted. A list
        // given as null is refused: a mentor offers and wants at least one skill each.
        var givenOffers = v.NotNull("offers", input.Offers);
        var givenWants = v.NotNull("wants", input.Wants);
        var (offers, wants) = await MentorProfileValidator.SkillsAsync(
            v, m.Db,
            givenOffers ?? AsInput(mentor?.Offers),
            givenWants ?? AsInput(mentor?.Wants),
            m.CancellationToken);
        if (id != 0 && mentor is null)
        {
            v.Add(new MentorNotFoundError($"No mentor has the ID {input.MentorId}.", input.MentorId));
        }
        else if (mentor is { Status: MentorStatus.Withdrawn })
        {
            v.Add(new MentorWithdrawnError("The mentor has withdrawn; their profile can no longer change.", input.MentorId));
        }

        if (!v.IsValid || mentor is null)
        {
            return MentorPayload.Failed(v.Errors);
        }

        mentor.DisplayName = displayName ?? mentor.DisplayName;
        mentor.Email = input.Email.HasValue ? email : mentor.Email;
        mentor.JobTitle = input.JobTitle.HasValue ? jobTitle : mentor.JobTitle;
        mentor.CareerStage = careerStage ?? mentor.CareerStage;
        mentor.Capacity = capacity ?? mentor.Capacity;
        mentor.Format = format ?? mentor.Format;
        mentor.MaxTravelKm = travel ?? mentor.MaxTravelKm;
        mentor.Availability = availability is null ? mentor.Availability : [.. availability.Distinct()];
        if (place is var (postcode, district))
        {
            Place(mentor, postcode, district);
        }

        if (givenOffers is not null)
        {
            mentor.Offers = [.. offers.Select(s => new OfferedSkill { MentorId = mentor.Id, SkillId = s.SkillId, Level = s.Level })];
        }

        if (givenWants is not null)
        {
            mentor.Wants = [.. wants.Select(s => new WantedSkill { MentorId = mentor.Id, SkillId = s.SkillId, Level = s.Level })];
        }

        mentor.UpdatedAt = m.Clock.GetUtcNow();
        AuditIfActingForAnother(m, mentor);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        return new MentorPayload(mentor, null);
    }

    [Error<InvalidIdError>]
    [Error<MentorNotFoundError>]
    [Error<MentorWithdrawnError>]
    private static async Task<MentorPayload> WithdrawAsync(MutationContext<WithdrawMentorInput> m)
    {
        var id = m.Validator.Id("mentorId", m.Input.MentorId, "Mentor");
        if (!m.Validator.IsValid)
        {
            return MentorPayload.Failed(m.Validator.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (mentor, leave) = await MentorDeparture.LockAsync(m, id);
        if (mentor is null)
        {
            return MentorPayload.Failed([new MentorNotFoundError($"No mentor has the ID {m.Input.MentorId}.", m.Input.MentorId)]);
        }

        if (!m.Caller().ManagesMentor(mentor.Id, mentor.EmployerId))
        {
            return MentorPayload.Failed([m.NotOwner()]);
        }

        if (mentor.Status == MentorStatus.Withdrawn)
        {
            return MentorPayload.Failed([new MentorWithdrawnError("The mentor has already withdrawn.", m.Input.MentorId)]);
        }

        var now = m.Clock.GetUtcNow();
        mentor.Status = MentorStatus.Withdrawn;
        mentor.WithdrawnAt = now;
        mentor.UpdatedAt = now;
        AuditIfActingForAnother(m, mentor);
        leave(m, now);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new MentorPayload(mentor, null);
    }

    /// <summary>Changes an employer admin or administrator makes to someone else's profile go to the audit log.</summary>
    private static void AuditIfActingForAnother(MutationContext m, Mentor mentor)
    {
        if (!m.Caller().IsMentor(mentor.Id))
        {
            m.Audit("Mentor", mentor.Id);
        }
    }

    private static void Place(Mentor mentor, Postcode postcode, PostcodeDistrict district)
    {
        mentor.Postcode = postcode.Outcode;
        mentor.Location = district.Centroid;
        mentor.LocalAuthorityCode = district.LocalAuthority.Code;
    }

    private static List<MentorSkillInput>? AsInput(IEnumerable<MentorSkill>? skills) =>
        skills?.Select(s => new MentorSkillInput(GlobalId.Serialize("Skill", s.SkillId), s.Level)).ToList();
}
