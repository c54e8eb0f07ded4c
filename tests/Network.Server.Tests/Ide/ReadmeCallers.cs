using System.Text.RegularExpressions;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Ide;

/// <summary>
/// The caller a README example names on its first line: <c># Caller: anonymous</c>, <c># Caller: ROLE</c>,
/// or a role bound as the <c>token</c> command binds it, <c># Caller: MENTOR --mentor TWVudG9yOjQy</c> or
/// <c># Caller: EMPLOYER_ADMIN --employer RW1wbG95ZXI6Mw==</c>. Each gets the subject the <c>token</c> command
/// gives such a caller by default (<c>local-coordinator</c>, <c>local-mentor-42</c>), so that the examples run in the
/// IDE with tokens from that command as they run here, and what a coordinator creates in one example they run in the next.
/// </summary>
public static partial class ReadmeCallers
{
    public static Caller For(string example)
    {
        var match = CallerLine().Match(example);
        Assert.True(match.Success, $"The README example does not name its caller:\n{example}");
        var name = match.Groups["role"].Value;
        if (name == "anonymous")
        {
            return TestCallers.Anonymous;
        }

        Assert.True(NetworkClaims.TryParseRole(name, out var role), $"'{name}' is not a role.");
        var mentorId = match.Groups["mentor"].Success ? GlobalId.Parse(match.Groups["mentor"].Value, "Mentor") : (int?)null;
        var employerId = match.Groups["employer"].Success ? GlobalId.Parse(match.Groups["employer"].Value, "Employer") : (int?)null;
        return new Caller(TokenCommand.DefaultSubject(role, employerId, mentorId), [role], employerId, mentorId);
    }

    [GeneratedRegex(@"^# Caller: (?<role>\w+)(?: --mentor (?<mentor>[A-Za-z0-9+/=]+))?(?: --employer (?<employer>[A-Za-z0-9+/=]+))?")]
    private static partial Regex CallerLine();
}
