namespace Network.Server.GraphQL.Paging;

/// <summary>One page of a list, in the shape of a Relay cursor connection.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount);
