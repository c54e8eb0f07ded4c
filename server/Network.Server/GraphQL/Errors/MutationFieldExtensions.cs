using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.GraphQL.Errors;

public static class MutationFieldExtensions
{
    /// <summary>
    /// Adds a mutation in HotChocolate's convention: <c>doThing(input: DoThingInput!): DoThingPayload!</c>,
    /// the payload holding the result and <c>errors: [DoThingError!]</c>, a union of typed errors.
    /// </summary>
    public static void Mutation<TInput, TPayload>(
        this ObjectGraphType mutation,
        string name,
        string description,
        MutationResult<TPayload> result,
        Type[] errorTypes,
        Func<MutationContext<TInput>, Task<TPayload>> resolve)
        where TPayload : class
    {
        var prefix = char.ToUpperInvariant(name[0]) + name[1..];
        var union = new UnionGraphType { Name = $"{prefix}Error" };
        foreach (var errorType in errorTypes)
        {
            union.Type(errorType);
        }

        var payload = new ObjectGraphType<TPayload> { Name = $"{prefix}Payload" };
        payload.Field(result.FieldName, result.GraphType).Resolve(c => result.Read(c.Source));
        payload.Field("errors", new ListGraphType(new NonNullGraphType(union))).Resolve(c => result.Errors(c.Source));

        var input = new AutoRegisteringInputObjectGraphType<TInput> { Name = $"{prefix}Input" };
        mutation.AddField(new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = new NonNullGraphType(payload),
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(input)) { Name = "input" }),
            Resolver = new FuncFieldResolver<object>(async context =>
            {
                var factory = context.Service<IDbContextFactory<NetworkDbContext>>();
                await using var db = await factory.CreateDbContextAsync(context.CancellationToken);
                return await resolve(new MutationContext<TInput>(context, context.GetArgument<TInput>("input"), db));
            }),
        });
    }
}
