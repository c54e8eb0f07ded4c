namespace Network.Server.GraphQL.Filtering;

/// <summary>
/// Fields that features add to another feature's filter input, by input type name, as HotChocolate's
/// filter type extensions do: a feature that refers to employers adds its own field to
/// <c>EmployerFilterInput</c> without the employers feature knowing it.
/// </summary>
public sealed class FilterExtensions
{
    private readonly Dictionary<string, IFilterDefinition> _extensions = new(StringComparer.Ordinal);

    /// <summary>The fields added to <paramref name="filter"/>, as a definition of the same input type that holds only them.</summary>
    public FilterDefinition<T> For<T>(FilterDefinition<T> filter)
    {
        if (!_extensions.TryGetValue(filter.TypeName, out var extension))
        {
            _extensions[filter.TypeName] = extension = new FilterDefinition<T>(filter.TypeName);
        }

        return (FilterDefinition<T>)extension;
    }

    internal FilterDefinition<T>? Find<T>(string typeName) => _extensions.GetValueOrDefault(typeName) as FilterDefinition<T>;
}
