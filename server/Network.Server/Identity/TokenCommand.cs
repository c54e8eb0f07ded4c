using System.Globalization;
using Network.Server.Hosting;

namespace Network.Server.Identity;

/// <summary><c>token --role ROLE [--role ROLE…] [--employer ID] [--mentor ID] [--subject NAME] [--hours N]</c>: prints a signed token.</summary>
public static class TokenCommand
{
    public const string Usage =
        "Usage: token --role ROLE [--role ROLE ...] [--employer ID] [--mentor ID] [--subject NAME] [--hours N]\n" +
        "Roles: EMPLOYER_ADMIN, MENTOR, COORDINATOR, ORGANISER, PARTNER, ADMIN. IDs are global IDs (as the API returns them) or plain numbers.";

    public static async Task<int> RunAsync(TokenIssuer issuer, HostCommand command, TextWriter output, TextWriter error)
    {
        if (!issuer.CanIssue)
        {
            await error.WriteLineAsync("No Authentication:SigningKey is configured, so this server cannot mint tokens; ask your identity provider for one.");
            return 2;
        }

        var problems = new List<string>();
        var roles = new List<Role>();
        foreach (var name in command.Values("--role"))
        {
            if (NetworkClaims.TryParseRole(name, out var role))
            {
                roles.Add(role);
            }
            else
            {
                problems.Add($"'{name}' is not a role.");
            }
        }

        if (roles.Count == 0 && problems.Count == 0)
        {
            problems.Add("Give at least one --role.");
        }

        var employer = Key(command, "--employer", "Employer", problems);
        var mentor = Key(command, "--mentor", "Mentor", problems);
        if (employer is not null && !roles.Contains(Role.EmployerAdmin))
        {
            problems.Add("--employer binds an EMPLOYER_ADMIN; add --role EMPLOYER_ADMIN.");
        }

        if (mentor is not null && !roles.Contains(Role.Mentor))
        {
            problems.Add("--mentor binds a MENTOR; add --role MENTOR.");
        }

        if (roles.Contains(Role.Mentor) && mentor is null)
        {
            problems.Add("A MENTOR token needs --mentor with the mentor's ID.");
        }

        var hours = 8.0;
        if (command.Value("--hours") is { } text && (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out hours) || hours is <= 0 or > 24 * 30))
        {
            problems.Add("--hours must be a number of hours between 0 and 720.");
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync(problem);
            }

            await error.WriteLineAsync(Usage);
            return 2;
        }

        var subject = command.Value("--subject") ?? DefaultSubject(roles[0], employer, mentor);
        await output.WriteLineAsync(issuer.Issue(subject, roles, employer, mentor, TimeSpan.FromHours(hours)));
        return 0;
    }

    /// <summary>
    /// The subject of a token minted without <c>--subject</c>: the mentor's or the employer admin's it binds,
    /// else one per role (<c>local-coordinator</c>). The demo data names its actors the same way, so these
    /// tokens act as them.
    /// </summary>
    public static string DefaultSubject(Role role, int? employerId = null, int? mentorId = null) =>
        mentorId is { } m ? $"local-mentor-{m}"
        : employerId is { } e ? $"local-employer-admin-{e}"
        : $"local-{NetworkClaims.RoleName(role).ToLowerInvariant()}";

    private static int? Key(HostCommand command, string option, string typeName, List<string> problems)
    {
        if (command.Value(option) is not { } value)
        {
            return null;
        }

        var key = NetworkClaims.ParseKey(value, typeName);
        if (key is null)
        {
            problems.Add($"{option} '{value}' is not a {typeName} ID or a positive number.");
        }

        return key;
    }
}
