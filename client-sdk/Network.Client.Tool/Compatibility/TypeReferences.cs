using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace Network.Client.Tool.Compatibility;

/// <summary>
/// Which changes of a field's or an argument's type keep clients working, by graphql-js's rules
/// (<c>findBreakingChanges</c>): an output may only promise more (<c>T</c> to <c>T!</c>), an input may only accept more
/// (<c>T!</c> to <c>T</c>); any other change of the named type or of list wrapping breaks.
/// </summary>
internal static class TypeReferences
{
    public static bool IsSafeOutputChange(GraphQLType before, GraphQLType after) => before switch
    {
        GraphQLListType list => (after is GraphQLListType newList && IsSafeOutputChange(list.Type, newList.Type))
            || (after is GraphQLNonNullType nonNull && IsSafeOutputChange(before, nonNull.Type)),
        GraphQLNonNullType nonNull => after is GraphQLNonNullType newNonNull && IsSafeOutputChange(nonNull.Type, newNonNull.Type),
        _ => (after is GraphQLNamedType named && SameName(before, named))
            || (after is GraphQLNonNullType newNonNull && IsSafeOutputChange(before, newNonNull.Type)),
    };

    public static bool IsSafeInputChange(GraphQLType before, GraphQLType after) => before switch
    {
        GraphQLListType list => after is GraphQLListType newList && IsSafeInputChange(list.Type, newList.Type),
        GraphQLNonNullType nonNull => after is GraphQLNonNullType newNonNull
            ? IsSafeInputChange(nonNull.Type, newNonNull.Type)
            : IsSafeInputChange(nonNull.Type, after),
        _ => after is GraphQLNamedType named && SameName(before, named),
    };

    /// <summary>A required argument or input field: non-null and without a default, so every caller must now give it.</summary>
    public static bool IsRequired(GraphQLInputValueDefinition value) => value.Type is GraphQLNonNullType && value.DefaultValue is null;

    public static string Print(ASTNode node) => new SDLPrinter().Print(node);

    private static bool SameName(GraphQLType before, GraphQLNamedType after) =>
        before is GraphQLNamedType named && named.Name.StringValue == after.Name.StringValue;
}
