namespace Network.Benchmarks;

internal sealed record Workload(string Name, Func<Task> SendAsync);
