using GraphQL;
using Network.Server.Data;
using Network.Server.Geo;

namespace Network.Server.GraphQL.Errors;

/// <summary>What a mutation resolver works with: the request, its parsed input, a database context and a validator.</summary>
public sealed class MutationContext<TInput>(IResolveFieldContext context, TInput input, NetworkDbContext db)
{
    public IResolveFieldContext Context { get; } = context;

    public TInput Input { get; } = input;

    public NetworkDbContext Db { get; } = db;

    public InputValidator Validator { get; } = new(PostcodeDirectory.Instance);

    public CancellationToken CancellationToken => Context.CancellationToken;

    public TimeProvider Clock => Context.Service<TimeProvider>();
}
