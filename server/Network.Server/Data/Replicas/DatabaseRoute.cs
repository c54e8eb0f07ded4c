using GraphQLParser.AST;

namespace Network.Server.Data.Replicas;

/// <summary>
/// Where the database contexts of the current GraphQL operation connect: set for each operation by
/// <see cref="ReplicaRouting"/> and read by <see cref="RoutingDbContextFactory"/>. Anything outside an operation (host
/// commands, seeding, background work, health checks) has none and uses the primary.
/// </summary>
public sealed class DatabaseRoute
{
    private static readonly AsyncLocal<DatabaseRoute?> Ambient = new();

    public static DatabaseRoute? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    /// <summary>The operation's type, once its document is parsed; null before.</summary>
    public OperationType? Operation { get; set; }

    public bool ToReplica { get; set; }

    /// <summary>Set when the replica failed this operation: it then runs again on the primary.</summary>
    public bool PrimaryOnly { get; set; }
}
