namespace Network.Benchmarks.Production;

/// <summary>One request of the workload: a document, its variables, the caller's token (none: anonymous), and the root field it answers in.</summary>
internal sealed record ProductionRequest(string Name, bool IsMutation, string Query, IReadOnlyDictionary<string, object> Variables, string? Token, string Field);
