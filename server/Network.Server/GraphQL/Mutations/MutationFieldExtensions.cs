using System.Reflection;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Access;

namespace Network.Server.GraphQL.Mutations;

public static class MutationFieldExtensions
{
    /// <summary>
    /// Adds a mutation in HotChocolate's convention: <c>doThing(input: DoThingInput!): DoThingPayload!</c>,
    /// the payload holding the result and <c>errors: [DoThingError!]</c>, a union of the typed errors that
    /// <paramref name="resolve"/> declares with <see cref="IMutationErrors"/> attributes, and always
    /// <c>NotAuthorizedError</c>. Callers <paramref name="access"/> does not allow get that error before
    /// anything else happens. The input type is made from <typeparamref name="TInput"/>'s properties, where an
    /// <see cref="Optional{T}"/> tells a field left out from one given as null (<see cref="MutationInputGraphType{TInput}"/>).
    /// </summary>
    public static void Mutation<TInput, TPayload>(
        this ObjectGraphType mutation,
        string name,
        string description,
        AccessRule access,
        MutationResult<TPayload> result,
        Func<MutationContext<TInput>, Task<TPayload>> resolve,
        Action<InputObjectGraphType<TInput>>? extendInput = null)
        where TPayload : class
    {
        var prefix = char.ToUpperInvariant(name[0]) + name[1..];
        var input = new MutationInputGraphType<TInput> { Name = $"{prefix}Input" };
        extendInput?.Invoke(input);
        var errors = DeclaredErrors(resolve.Method);
        mutation.AddField(new FieldType
        {
            Name = name,
            Description = $"{description} {access.Description}",
            ResolvedType = new NonNullGraphType(Payload(prefix, result, errors)),
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(input)) { Name = "input" }),
            Resolver = Resolver(name, access, result, errors, context => context.GetArgument<TInput>("input"), resolve),
        });
    }

    /// <summary>Adds a mutation that takes no input, such as <c>exportMyData: ExportMyDataPayload!</c>.</summary>
    public static void Mutation<TPayload>(
        this ObjectGraphType mutation,
        string name,
        string description,
        AccessRule access,
        MutationResult<TPayload> result,
        Func<MutationContext<NoInput>, Task<TPayload>> resolve)
        where TPayload : class
    {
        var prefix = char.ToUpperInvariant(name[0]) + name[1..];
        var errors = DeclaredErrors(resolve.Method);
        mutation.AddField(new FieldType
        {
            Name = name,
            Description = $"{description} {access.Description}",
            ResolvedType = new NonNullGraphType(Payload(prefix, result, errors)),
            Resolver = Resolver(name, access, result, errors, _ => NoInput.Value, resolve),
        });
    }

    /// <summary>The errors the resolver declares, and the refusal every mutation may return.</summary>
    private static HashSet<Type> DeclaredErrors(MethodInfo resolver) =>
        [.. resolver.GetCustomAttributes().OfType<IMutationErrors>().SelectMany(e => e.ErrorTypes).Append(typeof(NotAuthorizedError))];

    private static ObjectGraphType<TPayload> Payload<TPayload>(string prefix, MutationResult<TPayload> result, IEnumerable<Type> errors)
    {
        var union = new UnionGraphType { Name = $"{prefix}Error" };
        foreach (var error in errors)
        {
            union.Type(typeof(ErrorGraphType<>).MakeGenericType(error));
        }

        var payload = new ObjectGraphType<TPayload> { Name = $"{prefix}Payload" };
        payload.Field(result.FieldName, result.CreateGraphType()).Resolve(c => result.Read(c.Source)).RolesCheckedOnValue();
        payload.Field("errors", new ListGraphType(new NonNullGraphType(union))).Resolve(c => result.Errors(c.Source));
        return payload;
    }

    private static FuncFieldResolver<object> Resolver<TInput, TPayload>(
        string name,
        AccessRule access,
        MutationResult<TPayload> result,
        HashSet<Type> declared,
        Func<IResolveFieldContext, TInput> readInput,
        Func<MutationContext<TInput>, Task<TPayload>> resolve)
        where TPayload : class =>
        new(async context =>
        {
            if (!access.Allows(context))
            {
                var refusal = context.IsAuthenticated() ? "Your role may not do this." : "Sign in first.";
                return result.Fail([new NotAuthorizedError($"{refusal} {access.Description}")]);
            }

            var factory = context.Service<IDbContextFactory<NetworkDbContext>>();
            await using var db = await factory.CreateDbContextAsync(context.CancellationToken);
            var payload = await resolve(new MutationContext<TInput>(context, access, db, new InputValidator(), readInput(context)));
            if (result.Errors(payload)?.FirstOrDefault(e => !declared.Contains(e.GetType())) is { } undeclared)
            {
                throw new InvalidOperationException($"{name} returned {undeclared.GetType().Name}, which its resolver does not declare with [Error<{undeclared.GetType().Name}>].");
            }

            return payload;
        });
}
