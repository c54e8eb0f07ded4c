using GraphQL;
using Network.Server.Data;
using Network.Server.Geo;
using Network.Server.Identity;
using Network.Server.Privacy;

namespace Network.Server.GraphQL.Errors;

/// <summary>What a mutation resolver works with: the request and its caller, the parsed input, a database context and a validator.</summary>
public sealed class MutationContext<TInput>(IResolveFieldContext context, TInput input, NetworkDbContext db, Caller caller)
{
    private readonly HashSet<(string Type, int Id)> _audited = [];

    public IResolveFieldContext Context { get; } = context;

    public TInput Input { get; } = input;

    public NetworkDbContext Db { get; } = db;

    public Caller Caller { get; } = caller;

    public InputValidator Validator { get; } = new(PostcodeDirectory.Instance);

    public CancellationToken CancellationToken => Context.CancellationToken;

    public TimeProvider Clock => Context.Service<TimeProvider>();

    /// <summary>
    /// Records this mutation, acting on <paramref name="subjectType"/> <paramref name="subjectId"/>, in the
    /// audit log, once however many of its parts touch that subject; saved with the change.
    /// </summary>
    public void Audit(string subjectType, int subjectId)
    {
        if (!_audited.Add((subjectType, subjectId)))
        {
            return;
        }

        Db.AuditEntries.Add(new AuditEntry
        {
            OccurredAt = Clock.GetUtcNow(),
            ActorSubject = Caller.Subject ?? "anonymous",
            ActorRoles = RoleNames.Join(Caller),
            Action = Context.FieldDefinition.Name,
            SubjectType = subjectType,
            SubjectId = subjectId,
        });
    }
}
