namespace Network.Server.GraphQL.Sorting;

public enum SortDirection
{
    Ascending,
    Descending,
}
