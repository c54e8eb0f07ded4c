using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Paging;
using Network.Server.Identity;
using Network.Server.Pairings;

namespace Network.Server.Privacy;

/// <summary>
/// Enforces the declarations of <see cref="AccessMetadata"/> in one place, when the schema is built:
/// every field returning a role-restricted type (directly, in a list or through a connection) checks
/// the caller's roles first (a mutation payload's result only when it has one), and every personal-data
/// field resolves to null for callers who may not see it.
/// </summary>
public sealed class AccessSchemaVisitor : BaseSchemaNodeVisitor
{
    public const string NotAuthenticatedCode = "AUTH_NOT_AUTHENTICATED";
    public const string NotAuthorizedCode = "AUTH_NOT_AUTHORIZED";

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (field.GetMetadata<PersonalDataKind?>(AccessMetadata.PersonalDataKey) is { } kind)
        {
            var subject = type.GetMetadata<Func<object, DataSubject>>(AccessMetadata.SubjectKey)
                ?? throw new InvalidOperationException($"{type.Name}.{field.Name} is personal data, but {type.Name} does not declare whose.");
            if (field.ResolvedType is NonNullGraphType)
            {
                throw new InvalidOperationException($"{type.Name}.{field.Name} is personal data, so it must be nullable.");
            }

            field.Resolver = new PersonalDataResolver(field.Resolver ?? NameFieldResolver.Instance, subject, kind);
        }

        if (field.ResolvedType is { } resolved && ReadableBy(resolved.GetNamedType()) is { } restricted)
        {
            field.Resolver = new RoleCheckResolver(
                field.Resolver ?? NameFieldResolver.Instance, restricted.Type, restricted.Roles, field.GetMetadata<bool>(AccessMetadata.RolesCheckedOnValueKey));
        }
    }

    private static (string Type, HashSet<Role> Roles)? ReadableBy(IGraphType type)
    {
        if (type.GetMetadata<HashSet<Role>>(AccessMetadata.ReadableByKey) is { } roles)
        {
            return (type.Name, roles);
        }

        return type.GetMetadata<bool>(ConnectionMetadata.IsConnectionKey) && type is IComplexGraphType connection
            && connection.GetField("nodes")?.ResolvedType?.GetNamedType() is { } node
            ? ReadableBy(node)
            : null;
    }

    private sealed class PersonalDataResolver(IFieldResolver inner, Func<object, DataSubject> subjectOf, PersonalDataKind kind) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            if (context.Source is not { } source)
            {
                return ValueTask.FromResult<object?>(null);
            }

            var caller = context.Caller();
            var subject = subjectOf(source);
            if (PersonalDataPolicy.MaySee(caller, subject, kind))
            {
                return inner.ResolveAsync(context);
            }

            return PersonalDataPolicy.DependsOnPartners(caller, subject, kind)
                ? ResolveForPartnerAsync(context, caller, subject)
                : ValueTask.FromResult<object?>(null);
        }

        /// <summary>Contact details asked for by a mentor: visible when the person is one of their accepted pairing partners.</summary>
        private async ValueTask<object?> ResolveForPartnerAsync(IResolveFieldContext context, Caller caller, DataSubject subject)
        {
            var partners = await context.Service<AcceptedPartners>().OfAsync(caller.MentorId!.Value, context.CancellationToken);
            return PersonalDataPolicy.MaySee(caller, subject, kind, partners) ? await inner.ResolveAsync(context) : null;
        }
    }

    private sealed class RoleCheckResolver(IFieldResolver inner, string typeName, HashSet<Role> roles, bool onValueOnly) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            var caller = context.Caller();
            if (caller.IsAny(roles))
            {
                return inner.ResolveAsync(context);
            }

            return onValueOnly ? NullOrDenyAsync(context, caller) : throw Denied(caller);
        }

        private async ValueTask<object?> NullOrDenyAsync(IResolveFieldContext context, Caller caller) =>
            await inner.ResolveAsync(context) is null ? null : throw Denied(caller);

        private ExecutionError Denied(Caller caller) =>
            caller.IsAuthenticated
                ? new ExecutionError($"Your role may not read {typeName} data.") { Code = NotAuthorizedCode }
                : new ExecutionError($"Sign in to read {typeName} data.") { Code = NotAuthenticatedCode };
    }
}
