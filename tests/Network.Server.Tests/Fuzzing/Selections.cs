using System.Text;
using GraphQL.Types;

namespace Network.Server.Tests.Fuzzing;

/// <summary>
/// Selection sets for a field's result: its fields two levels down where they need no arguments, and for
/// every union or interface its <c>__typename</c>, with <c>message</c> on errors.
/// </summary>
public static class Selections
{
    public static string For(IGraphType type, int levels = 2)
    {
        var named = Unwrap(type);
        if (named is ScalarGraphType or EnumerationGraphType)
        {
            return string.Empty;
        }

        var selection = new StringBuilder(" { __typename");
        if (named is IAbstractGraphType abstractType && abstractType.PossibleTypes.Any(t => t.ResolvedInterfaces.Any(i => i.Name == "Error")))
        {
            selection.Append(" ... on Error { message }");
        }

        if (named is IComplexGraphType complex && (named is not IAbstractGraphType || named is IInterfaceGraphType))
        {
            foreach (var field in complex.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal) && (f.Arguments ?? []).All(a => a.ResolvedType is not NonNullGraphType)))
            {
                var leaf = Unwrap(field.ResolvedType!) is ScalarGraphType or EnumerationGraphType;
                if (leaf || levels > 1 || field.Name == "errors")
                {
                    selection.Append(' ').Append(field.Name).Append(leaf ? string.Empty : For(field.ResolvedType!, levels - 1));
                }
            }
        }

        return selection.Append(" }").ToString();
    }

    public static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        ListGraphType list => Unwrap(list.ResolvedType!),
        _ => type,
    };

    /// <summary>The type as written in a variable definition: <c>[ID!]!</c>.</summary>
    public static string TypeName(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => TypeName(nonNull.ResolvedType!) + "!",
        ListGraphType list => $"[{TypeName(list.ResolvedType!)}]",
        _ => type.Name,
    };
}
