using GraphQL.Types;

namespace Network.Server.GraphQL.Filtering;

/// <summary>A filterable entity: creates its <c>XFilterInput</c> type and names the types its fields need.</summary>
public interface IFilterDefinition
{
    string TypeName { get; }

    /// <summary>Adds this filter's input type, and every input type it refers to, to <paramref name="types"/> by name.</summary>
    void CollectGraphTypes(IDictionary<string, IInputObjectGraphType> types, FilterExtensions extensions);
}
