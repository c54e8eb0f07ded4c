using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Identity;
using Network.Server.Privacy;

namespace Network.Server.GraphQL.Errors;

public static class MutationFieldExtensions
{
    /// <summary>
    /// Adds a mutation in HotChocolate's convention: <c>doThing(input: DoThingInput!): DoThingPayload!</c>,
    /// the payload holding the result and <c>errors: [DoThingError!]</c>, a union of typed errors which
    /// always includes <c>NotAuthorizedError</c>. Callers <paramref name="access"/> does not allow get that
    /// error before anything else happens.
    /// </summary>
    public static void Mutation<TInput, TPayload>(
        this ObjectGraphType mutation,
        string name,
        string description,
        MutationAccess access,
        MutationResult<TPayload> result,
        Type[] errorTypes,
        Func<MutationContext<TInput>, Task<TPayload>> resolve,
        Action<InputObjectGraphType<TInput>>? extendInput = null)
        where TPayload : class
    {
        var prefix = char.ToUpperInvariant(name[0]) + name[1..];
        var input = new AutoRegisteringInputObjectGraphType<TInput> { Name = $"{prefix}Input" };
        extendInput?.Invoke(input);
        mutation.AddField(new FieldType
        {
            Name = name,
            Description = $"{description} {access.Description}",
            ResolvedType = new NonNullGraphType(Payload(prefix, result, errorTypes)),
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(input)) { Name = "input" }),
            Resolver = Resolver(access, result, context => context.GetArgument<TInput>("input"), resolve),
        });
    }

    /// <summary>Adds a mutation that takes no input, such as <c>exportMyData: ExportMyDataPayload!</c>.</summary>
    public static void Mutation<TPayload>(
        this ObjectGraphType mutation,
        string name,
        string description,
        MutationAccess access,
        MutationResult<TPayload> result,
        Type[] errorTypes,
        Func<MutationContext<NoInput>, Task<TPayload>> resolve)
        where TPayload : class
    {
        var prefix = char.ToUpperInvariant(name[0]) + name[1..];
        mutation.AddField(new FieldType
        {
            Name = name,
            Description = $"{description} {access.Description}",
            ResolvedType = new NonNullGraphType(Payload(prefix, result, errorTypes)),
            Resolver = Resolver(access, result, _ => NoInput.Value, resolve),
        });
    }

    private static ObjectGraphType<TPayload> Payload<TPayload>(string prefix, MutationResult<TPayload> result, Type[] errorTypes)
    {
        var union = new UnionGraphType { Name = $"{prefix}Error" };
        foreach (var errorType in errorTypes.Append(typeof(NotAuthorizedErrorGraphType)))
        {
            union.Type(errorType);
        }

        var payload = new ObjectGraphType<TPayload> { Name = $"{prefix}Payload" };
        payload.Field(result.FieldName, result.CreateGraphType()).Resolve(c => result.Read(c.Source)).RolesCheckedOnValue();
        payload.Field("errors", new ListGraphType(new NonNullGraphType(union))).Resolve(c => result.Errors(c.Source));
        return payload;
    }

    private static FuncFieldResolver<object> Resolver<TInput, TPayload>(
        MutationAccess access,
        MutationResult<TPayload> result,
        Func<IResolveFieldContext, TInput> readInput,
        Func<MutationContext<TInput>, Task<TPayload>> resolve)
        where TPayload : class =>
        new(async context =>
        {
            var caller = context.Caller();
            if (!access.Allows(caller))
            {
                return result.Fail([access.Deny(caller)]);
            }

            var factory = context.Service<IDbContextFactory<NetworkDbContext>>();
            await using var db = await factory.CreateDbContextAsync(context.CancellationToken);
            return await resolve(new MutationContext<TInput>(context, readInput(context), db, caller));
        });
}
