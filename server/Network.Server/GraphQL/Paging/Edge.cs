namespace Network.Server.GraphQL.Paging;

public sealed record Edge<T>(string Cursor, T Node);
