using GraphQL;
using Network.Server.Data;
using Network.Server.GraphQL.Access;

namespace Network.Server.GraphQL.Mutations;

/// <summary>What a mutation resolver works with: the request, who may call it, a database context and a validator.</summary>
public class MutationContext(IResolveFieldContext context, AccessRule access, NetworkDbContext db, InputValidator validator)
{
    public IResolveFieldContext Context { get; } = context;

    public NetworkDbContext Db { get; } = db;

    public InputValidator Validator { get; } = validator;

    public CancellationToken CancellationToken => Context.CancellationToken;

    public TimeProvider Clock => Context.Service<TimeProvider>();

    /// <summary>The refusal for a caller whose role allows the mutation but who does not own the data it would change.</summary>
    public NotAuthorizedError NotOwner() => new($"Only {access.Who} may do this.");
}

/// <summary>A mutation's context with its parsed input.</summary>
public sealed class MutationContext<TInput>(IResolveFieldContext context, AccessRule access, NetworkDbContext db, InputValidator validator, TInput input)
    : MutationContext(context, access, db, validator)
{
    public TInput Input { get; } = input;
}
