using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using Network.Server.GraphQL.Paging;

namespace Network.Server.GraphQL.Access;

/// <summary>
/// Enforces the declarations of <see cref="AccessMetadata"/> in one place, when the schema is built:
/// every field returning a restricted type (directly, in a list or through a connection) checks the
/// type's <see cref="AccessRule"/> first (a mutation payload's result only when it has one), and every
/// personal-data field resolves to null for callers whom no <see cref="IPersonalDataGrant"/> allows.
/// </summary>
public sealed class AccessSchemaVisitor(IReadOnlyList<IPersonalDataGrant> grants) : BaseSchemaNodeVisitor
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

            field.Resolver = new PersonalDataResolver(field.Resolver ?? NameFieldResolver.Instance, subject, kind, grants);
        }

        if (field.ResolvedType is { } resolved && ReadableBy(resolved.GetNamedType()) is { } restricted)
        {
            field.Resolver = new RuleCheckResolver(
                field.Resolver ?? NameFieldResolver.Instance, restricted.Type, restricted.Rule, field.GetMetadata<bool>(AccessMetadata.RolesCheckedOnValueKey));
        }
    }

    private static (string Type, AccessRule Rule)? ReadableBy(IGraphType type)
    {
        if (type.GetMetadata<AccessRule>(AccessMetadata.ReadableByKey) is { } rule)
        {
            return (type.Name, rule);
        }

        return type.GetMetadata<bool>(ConnectionMetadata.IsConnectionKey) && type is IComplexGraphType connection
            && connection.GetField("nodes")?.ResolvedType?.GetNamedType() is { } node
            ? ReadableBy(node)
            : null;
    }

    private sealed class PersonalDataResolver(IFieldResolver inner, Func<object, DataSubject> subjectOf, PersonalDataKind kind, IReadOnlyList<IPersonalDataGrant> grants)
        : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            if (context.Source is not { } source)
            {
                return ValueTask.FromResult<object?>(null);
            }

            var subject = subjectOf(source);
            for (var i = 0; i < grants.Count; i++)
            {
                var granted = grants[i].AllowsAsync(context, subject, kind);
                if (!granted.IsCompletedSuccessfully)
                {
                    return ResolveWhenGrantedAsync(context, subject, granted, i + 1);
                }

                if (granted.Result)
                {
                    return inner.ResolveAsync(context);
                }
            }

            return ValueTask.FromResult<object?>(null);
        }

        /// <summary>The rest of the grants, once one has had to load something (a mentor's pairing partners).</summary>
        private async ValueTask<object?> ResolveWhenGrantedAsync(IResolveFieldContext context, DataSubject subject, ValueTask<bool> pending, int next)
        {
            if (await pending)
            {
                return await inner.ResolveAsync(context);
            }

            for (var i = next; i < grants.Count; i++)
            {
                if (await grants[i].AllowsAsync(context, subject, kind))
                {
                    return await inner.ResolveAsync(context);
                }
            }

            return null;
        }
    }

    private sealed class RuleCheckResolver(IFieldResolver inner, string typeName, AccessRule rule, bool onValueOnly) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            if (rule.Allows(context))
            {
                return inner.ResolveAsync(context);
            }

            return onValueOnly ? NullOrDenyAsync(context) : throw Denied(context);
        }

        private async ValueTask<object?> NullOrDenyAsync(IResolveFieldContext context) =>
            await inner.ResolveAsync(context) is null ? null : throw Denied(context);

        private ExecutionError Denied(IResolveFieldContext context) =>
            context.IsAuthenticated()
                ? new ExecutionError($"Your role may not read {typeName} data.") { Code = NotAuthorizedCode }
                : new ExecutionError($"Sign in to read {typeName} data.") { Code = NotAuthenticatedCode };
    }
}
