using System.Linq.Expressions;
using GraphQL.Types;

namespace Network.Server.GraphQL.Paging;

public static class ConnectionFieldExtensions
{
    /// <summary>Adds a paged list field named <paramref name="name"/> whose connection type is named after it.</summary>
    public static ConnectionField<T> Connection<TNodeGraphType, T>(this IComplexGraphType type, string name, Expression<Func<T, int>> key)
        where TNodeGraphType : IGraphType
        where T : class
    {
        var prefix = char.ToUpperInvariant(name[0]) + name[1..];
        var field = new FieldType
        {
            Name = name,
            ResolvedType = new NonNullGraphType(new ConnectionGraphType<TNodeGraphType, T>(prefix)),
        };
        type.AddField(field);
        return new ConnectionField<T>(field, key);
    }
}
