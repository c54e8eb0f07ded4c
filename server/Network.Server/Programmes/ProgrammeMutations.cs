using GraphQL.Types;
using Network.Server.Geo;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;
using Network.Server.Training;

namespace Network.Server.Programmes;

internal static class ProgrammeMutations
{
    private static readonly AccessRule Coordinators = CallerAccess.Roles("coordinators and administrators", Role.Coordinator, Role.Admin);

    private static readonly AccessRule ProgrammeCoordinators = CallerAccess.Roles("the programme's coordinators and administrators", Role.Coordinator, Role.Admin);

    internal static readonly MutationResult<ProgrammePayload> Result =
        new("programme", () => new GraphQLTypeReference("Programme"), p => p.Programme, p => p.Errors, ProgrammePayload.Failed);

    public static void AddProgrammeMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateProgrammeInput, ProgrammePayload>(
            "createProgramme",
            "Creates a programme as a DRAFT, seen only by its coordinators (the caller first) and administrators until recruitment opens.",
            Coordinators,
            Result,
            CreateAsync);

        mutation.Mutation<UpdateProgrammeInput, ProgrammePayload>(
            "updateProgramme",
            "Changes a DRAFT or RECRUITING programme; fields left out keep their value. A description given as null is removed; the other fields may not be null (NullNotAllowedError).",
            ProgrammeCoordinators,
            Result,
            UpdateAsync);

        mutation.Mutation<AddProgrammeCoordinatorInput, ProgrammePayload>(
            "addProgrammeCoordinator",
            "Adds a coordinator to run the programme with its coordinators; adding one twice changes nothing.",
            ProgrammeCoordinators,
            Result,
            AddCoordinatorAsync);
    }

    [PostcodeErrors]
    [Error<InvalidIdError>]
    [Error<OutOfRangeError>]
    [Error<BlankValueError>]
    [Error<ValueTooLongError>]
    [Error<InvalidDateError>]
    [Error<UnknownLocalAuthorityError>]
    [Error<InvalidAreaError>]
    [Error<TrainingModuleNotFoundError>]
    private static async Task<ProgrammePayload> CreateAsync(MutationContext<CreateProgrammeInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var now = m.Clock.GetUtcNow();
        var name = v.Text("name", input.Name, ProgrammeRules.MaxNameLength);
        var description = v.OptionalText("description", input.Description, ProgrammeRules.MaxDescriptionLength);
        var sectors = ProgrammeValidation.Sectors(v, input.Sectors);
        var area = ProgrammeArea.Validate(v, "area", input.Area);
        ProgrammeValidation.Schedule(v, input.StartsOn, input.EndsOn, input.EnrolmentClosesOn, Today(now));
        ProgrammeValidation.Sessions(v, input.Sessions);
        v.Range("maxPairs", input.MaxPairs, 1, ProgrammeRules.MaxPairs);
        var conduct = input.CodeOfConduct is null ? DefaultCodeOfConduct.Text : v.Text("codeOfConduct", input.CodeOfConduct, ProgrammeRules.MaxConductLength);
        var training = await ProgrammeValidation.TrainingAsync(v, m.Db, input.RequiredTrainingModuleIds ?? [], m.CancellationToken);
        if (!v.IsValid || area is null)
        {
            return ProgrammePayload.Failed(v.Errors);
        }

        var caller = m.Caller();
        var programme = new Programme
        {
            Name = name,
            Description = description,
            Sectors = sectors,
            LocalAuthorityCodes = [.. area.LocalAuthorityCodes],
            Location = area.Centre,
            RadiusKm = area.RadiusKm,
            StartsOn = input.StartsOn,
            EndsOn = input.EndsOn,
            EnrolmentClosesOn = input.EnrolmentClosesOn,
            SessionEveryWeeks = input.Sessions.EveryWeeks,
            SessionMinutes = input.Sessions.Minutes,
            MinimumSessions = input.Sessions.MinimumSessions,
            MaxPairs = input.MaxPairs,
            Status = ProgrammeStatus.Draft,
            CoordinatorSubjects = caller.Is(Role.Coordinator) && caller.Subject is { } subject ? [subject] : [],
            RequiredTrainingModuleIds = training,
            ConductVersion = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        // The programme and its first code of conduct are one change: an outage between the two saves must not leave a programme without one.
        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        m.Db.Programmes.Add(programme);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        m.Db.ProgrammeConductVersions.Add(new ProgrammeConduct
        {
            ProgrammeId = programme.Id,
            Version = 1,
            Text = conduct,
            PublishedAt = now,
            PublishedBySubject = caller.Subject ?? string.Empty,
        });
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new ProgrammePayload(programme, null);
    }

    [PostcodeErrors]
    [Error<InvalidIdError>]
    [Error<ProgrammeNotFoundError>]
    [Error<InvalidProgrammeTransitionError>]
    [Error<NullNotAllowedError>]
    [Error<OutOfRangeError>]
    [Error<BlankValueError>]
    [Error<ValueTooLongError>]
    [Error<InvalidDateError>]
    [Error<UnknownLocalAuthorityError>]
    [Error<InvalidAreaError>]
    [Error<TrainingModuleNotFoundError>]
    private static async Task<ProgrammePayload> UpdateAsync(MutationContext<UpdateProgrammeInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var id = v.Id("programmeId", input.ProgrammeId, "Programme");
        var name = v.NotNull("name", input.Name) is { } givenName ? v.Text("name", givenName, ProgrammeRules.MaxNameLength) : null;
        var description = v.OptionalText("description", input.Description.Value, ProgrammeRules.MaxDescriptionLength);
        var sectors = v.NotNull("sectors", input.Sectors) is { } givenSectors ? ProgrammeValidation.Sectors(v, givenSectors) : null;
        var area = v.NotNull("area", input.Area) is { } givenArea ? ProgrammeArea.Validate(v, "area", givenArea) : null;
        var startsOn = v.NotNull("startsOn", input.StartsOn);
        var endsOn = v.NotNull("endsOn", input.EndsOn);
        var enrolmentClosesOn = v.NotNull("enrolmentClosesOn", input.EnrolmentClosesOn);
        var sessions = v.NotNull("sessions", input.Sessions);
        if (sessions is not null)
        {
            ProgrammeValidation.Sessions(v, sessions);
        }

        var maxPairs = v.NotNull("maxPairs", input.MaxPairs);
        if (maxPairs is { } pairs)
        {
            v.Range("maxPairs", pairs, 1, ProgrammeRules.MaxPairs);
        }

        var training = v.NotNull("requiredTrainingModuleIds", input.RequiredTrainingModuleIds) is { } givenTraining
            ? await ProgrammeValidation.TrainingAsync(v, m.Db, givenTraining, m.CancellationToken)
            : null;
        if (!v.IsValid)
        {
            return ProgrammePayload.Failed(v.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (programme, refused) = await ProgrammeChanges.LockAsync(m, id, input.ProgrammeId, ProgrammeChange.Edit);
        if (programme is null)
        {
            return ProgrammePayload.Failed([refused!]);
        }

        var now = m.Clock.GetUtcNow();
        ProgrammeValidation.Schedule(v, startsOn ?? programme.StartsOn, endsOn ?? programme.EndsOn, enrolmentClosesOn ?? programme.EnrolmentClosesOn, Today(now));
        if (maxPairs is { } newMax)
        {
            var figures = (await ProgrammeFigureReader.ReadAsync(m.Db, [programme.Id], m.CancellationToken))[programme.Id];
            var least = Math.Max((figures.EnrolledMentors + 1) / 2, figures.PairsFormed);
            if (newMax < least)
            {
                v.Add(new OutOfRangeError($"maxPairs cannot drop below {least}: the programme already has {figures.EnrolledMentors} mentors enrolled and {figures.PairsFormed} pairs formed.", "maxPairs", least, ProgrammeRules.MaxPairs));
            }
        }

        if (!v.IsValid)
        {
            return ProgrammePayload.Failed(v.Errors);
        }

        programme.Name = name ?? programme.Name;
        programme.Description = input.Description.HasValue ? description : programme.Description;
        programme.Sectors = sectors ?? programme.Sectors;
        if (area is not null)
        {
            programme.LocalAuthorityCodes = [.. area.LocalAuthorityCodes];
            programme.Location = area.Centre;
            programme.RadiusKm = area.RadiusKm;
        }

        programme.StartsOn = startsOn ?? programme.StartsOn;
        programme.EndsOn = endsOn ?? programme.EndsOn;
        programme.EnrolmentClosesOn = enrolmentClosesOn ?? programme.EnrolmentClosesOn;
        if (sessions is not null)
        {
            programme.SessionEveryWeeks = sessions.EveryWeeks;
            programme.SessionMinutes = sessions.Minutes;
            programme.MinimumSessions = sessions.MinimumSessions;
        }

        programme.MaxPairs = maxPairs ?? programme.MaxPairs;
        programme.RequiredTrainingModuleIds = training ?? programme.RequiredTrainingModuleIds;
        programme.UpdatedAt = now;
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new ProgrammePayload(programme, null);
    }

    [Error<InvalidIdError>]
    [Error<ProgrammeNotFoundError>]
    [Error<BlankValueError>]
    [Error<ValueTooLongError>]
    [Error<OutOfRangeError>]
    private static async Task<ProgrammePayload> AddCoordinatorAsync(MutationContext<AddProgrammeCoordinatorInput> m)
    {
        var v = m.Validator;
        var id = v.Id("programmeId", m.Input.ProgrammeId, "Programme");
        var subject = v.Text("subject", m.Input.Subject, 200);
        if (!v.IsValid)
        {
            return ProgrammePayload.Failed(v.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (programme, refused) = await ProgrammeChanges.LockAsync(m, id, m.Input.ProgrammeId, null);
        if (programme is null)
        {
            return ProgrammePayload.Failed([refused!]);
        }

        if (!programme.CoordinatorSubjects.Contains(subject))
        {
            if (programme.CoordinatorSubjects.Count >= ProgrammeRules.MaxCoordinators)
            {
                return ProgrammePayload.Failed([new OutOfRangeError($"A programme has at most {ProgrammeRules.MaxCoordinators} coordinators.", "subject", 1, ProgrammeRules.MaxCoordinators)]);
            }

            programme.CoordinatorSubjects = [.. programme.CoordinatorSubjects, subject];
            programme.UpdatedAt = m.Clock.GetUtcNow();
            await m.Db.SaveChangesAsync(m.CancellationToken);
        }

        await transaction.CommitAsync(m.CancellationToken);
        return new ProgrammePayload(programme, null);
    }

    internal static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);
}
