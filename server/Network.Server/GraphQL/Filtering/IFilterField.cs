using System.Linq.Expressions;
using GraphQL.Types;

namespace Network.Server.GraphQL.Filtering;

/// <summary>A field of a filter input: the input type it takes, and how a value of it becomes part of the predicate.</summary>
internal interface IFilterField
{
    string Name { get; }

    string InputTypeName { get; }

    string? Description { get; }

    Expression Build(Expression target, IDictionary<string, object?> input, FilterScope scope);

    void CollectGraphTypes(IDictionary<string, IInputObjectGraphType> types, FilterExtensions extensions);
}
