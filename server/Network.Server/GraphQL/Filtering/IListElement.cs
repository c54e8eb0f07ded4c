using System.Linq.Expressions;
using GraphQL.Types;

namespace Network.Server.GraphQL.Filtering;

/// <summary>What a list field filters its elements by: scalar operations, or an object filter.</summary>
internal interface IListElement
{
    string InputTypeName { get; }

    void CollectGraphTypes(IDictionary<string, IInputObjectGraphType> types, FilterExtensions extensions);

    LambdaExpression Predicate(Type elementType, IDictionary<string, object?> input, FilterScope scope);
}
