namespace Network.Server.Onboarding;

/// <summary>The rows of an import file, and what is wrong with its header or its CSV.</summary>
internal sealed record ImportFile(IReadOnlyList<ImportFileRow> Rows, List<ImportRowProblem> Problems, bool TooManyRows);
