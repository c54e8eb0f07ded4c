using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Geo;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;

namespace Network.Server.Employers;

internal static class EmployerMutations
{
    private static readonly MutationResult<EmployerPayload> Result =
        new("employer", () => new GraphQLTypeReference("Employer"), p => p.Employer, p => p.Errors, EmployerPayload.Failed);

    private static readonly AccessRule Registrars = CallerAccess.When(
        "coordinators, administrators and employer admins not yet bound to an employer",
        caller => caller.IsAdmin || caller.Is(Role.Coordinator) || (caller.Is(Role.EmployerAdmin) && caller.EmployerId is null));

    private static readonly AccessRule EmployerAdmins =
        CallerAccess.Roles("the employer's admins and administrators", Role.EmployerAdmin, Role.Admin);

    public static void AddEmployerMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<RegisterEmployerInput, EmployerPayload>(
            "registerEmployer",
            "Registers an employer; its postcode places it and gives its local authority.",
            Registrars,
            Result,
            RegisterAsync);

        mutation.Mutation<UpdateEmployerInput, EmployerPayload>(
            "updateEmployer",
            "Changes an employer's details; fields left out keep their value. A website given as null is removed; the other fields may not be null (NullNotAllowedError).",
            EmployerAdmins,
            Result,
            UpdateAsync);
    }

    [Error<BlankValueError>]
    [Error<ValueTooLongError>]
    [Error<InvalidUrlError>]
    [PostcodeErrors]
    private static async Task<EmployerPayload> RegisterAsync(MutationContext<RegisterEmployerInput> m)
    {
        var v = m.Validator;
        var name = v.Text("name", m.Input.Name);
        var website = v.Url("website", m.Input.Website);
        var place = v.Postcode("postcode", m.Input.Postcode);
        if (!v.IsValid || place is not var (postcode, district))
        {
            return EmployerPayload.Failed(v.Errors);
        }

        var now = m.Clock.GetUtcNow();
        var employer = new Employer
        {
            Name = name,
            Sector = m.Input.Sector,
            Size = m.Input.Size,
            Website = website,
            RequiresPairingApproval = m.Input.RequiresPairingApproval ?? false,
            CreatedAt = now,
            UpdatedAt = now,
            Postcode = postcode.ToString(),
            Location = district.Centroid,
            LocalAuthorityCode = district.LocalAuthority.Code,
            LocalAuthorityName = district.LocalAuthority.Name,
        };
        m.Db.Employers.Add(employer);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        return new EmployerPayload(employer, null);
    }

    [Error<InvalidIdError>]
    [Error<EmployerNotFoundError>]
    [Error<NullNotAllowedError>]
    [Error<BlankValueError>]
    [Error<ValueTooLongError>]
    [Error<InvalidUrlError>]
    [PostcodeErrors]
    private static async Task<EmployerPayload> UpdateAsync(MutationContext<UpdateEmployerInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var id = v.Id("employerId", input.EmployerId, "Employer");
        if (id != 0 && !m.Caller().ManagesEmployer(id))
        {
            return EmployerPayload.Failed([m.NotOwner()]);
        }

        var name = v.NotNull("name", input.Name) is { } givenName ? v.Text("name", givenName) : null;
        var sector = v.NotNull("sector", input.Sector);
        var size = v.NotNull("size", input.Size);
        var website = v.Url("website", input.Website.Value);
        var place = v.NotNull("postcode", input.Postcode) is { } givenPostcode ? v.Postcode("postcode", givenPostcode) : null;
        var requiresPairingApproval = v.NotNull("requiresPairingApproval", input.RequiresPairingApproval);
        if (!v.IsValid)
        {
            return EmployerPayload.Failed(v.Errors);
        }

        var employer = await m.Db.Employers.SingleOrDefaultAsync(e => e.Id == id, m.CancellationToken);
        if (employer is null)
        {
            return EmployerPayload.Failed([new EmployerNotFoundError($"No employer has the ID {input.EmployerId}.", input.EmployerId)]);
        }

        employer.Name = name ?? employer.Name;
        employer.Sector = sector ?? employer.Sector;
        employer.Size = size ?? employer.Size;
        employer.Website = input.Website.HasValue ? website : employer.Website;
        employer.RequiresPairingApproval = requiresPairingApproval ?? employer.RequiresPairingApproval;
        if (place is var (postcode, district))
        {
            employer.Postcode = postcode.ToString();
            employer.Location = district.Centroid;
            employer.LocalAuthorityCode = district.LocalAuthority.Code;
            employer.LocalAuthorityName = district.LocalAuthority.Name;
        }

        employer.UpdatedAt = m.Clock.GetUtcNow();
        await m.Db.SaveChangesAsync(m.CancellationToken);
        return new EmployerPayload(employer, null);
    }
}
