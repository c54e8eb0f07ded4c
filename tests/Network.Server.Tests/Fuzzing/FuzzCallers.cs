using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Fuzzing;

/// <summary>
/// Who sends the fuzz cases: an administrator first (reaching most resolvers), then anonymous callers and
/// callers of other roles, bound to rows of the seeded network.
/// </summary>
public sealed class FuzzCallers
{
    private readonly Dictionary<string, HttpClient> _clients;

    public FuzzCallers(NetworkApp app, KnownIds ids)
    {
        var callers = new (string Name, Caller Caller)[]
        {
            ("ADMIN", TestCallers.Admin),
            ("anonymous", TestCallers.Anonymous),
            ("COORDINATOR", TestCallers.Coordinator),
            ("EMPLOYER_ADMIN", TestCallers.EmployerAdmin(ids.FirstKey("Employer"))),
            ("MENTOR", TestCallers.Mentor(ids.FirstKey("Mentor"))),
            ("PARTNER", TestCallers.Partner),
        };
        _clients = callers.ToDictionary(c => c.Name, c => app.CreateGraphQLClient(c.Caller).Http);
        Names = [.. callers.Select(c => c.Name)];
    }

    /// <summary>The callers' names, the administrator first.</summary>
    public IReadOnlyList<string> Names { get; }

    public HttpClient Client(string name) => _clients[name];
}
