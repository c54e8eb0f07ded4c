using GraphQL.Types;

namespace Network.Server.GraphQL.Filtering;

/// <summary>
/// An operation input such as <c>StringOperationFilterInput</c>: its name, operations and value type.
/// As in HotChocolate, only the string operations combine with <c>and</c>/<c>or</c>.
/// </summary>
public sealed record OperationFilterType(
    string Name,
    string ValueTypeName,
    IReadOnlyList<string> Operations,
    bool NonNullListItems,
    Func<object?, object?>? Convert = null,
    bool Combinators = false)
{
    public IInputObjectGraphType CreateGraphType()
    {
        var type = new InputObjectGraphType { Name = Name };
        if (Combinators)
        {
            FilterTypeNames.AddCombinators(type, Name);
        }

        foreach (var operation in Operations)
        {
            IGraphType value = new GraphQLTypeReference(ValueTypeName);
            if (operation is "in" or "nin")
            {
                value = new ListGraphType(NonNullListItems ? new NonNullGraphType(value) : value);
            }

            type.AddField(new FieldType { Name = operation, ResolvedType = value });
        }

        return type;
    }
}
