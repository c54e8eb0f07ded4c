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
            "Changes an employer's details; fields left out keep their value.",
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

        var name = input.Name is null ? null : v.Text("name", input.Name);
        var website = v.Url("website", input.Website);
        var place = input.Postcode is null ? null : v.Postcode("postcode", input.Postcode);
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
        employer.Sector = input.Sector ?? employer.Sector;
        employer.Size = input.Size ?? employer.Size;
        employer.Website = input.Website is null ? employer.Website : website;
        employer.RequiresPairingApproval = input.RequiresPairingApproval ?? employer.RequiresPairingApproval;
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
