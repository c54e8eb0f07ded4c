using System.Linq.Expressions;
using GraphQL.Types;

namespace Network.Server.GraphQL.Filtering;

/// <summary>A string, number, date, Boolean, enum or ID, filtered with its operation input.</summary>
internal sealed class ScalarFilterField(string name, LambdaExpression selector, OperationFilterType operations, string? description) : IFilterField
{
    public string Name => name;

    public string InputTypeName => operations.Name;

    public string? Description => description;

    public Expression Build(Expression target, IDictionary<string, object?> input, FilterScope scope) =>
        ScalarOperations.Build(ExpressionComposer.Inline(selector, target), input, operations.Convert);

    public void CollectGraphTypes(IDictionary<string, IInputObjectGraphType> types, FilterExtensions extensions) =>
        types.TryAdd(operations.Name, operations.CreateGraphType());
}
