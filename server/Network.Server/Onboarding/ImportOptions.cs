namespace Network.Server.Onboarding;

/// <summary>Limits on one import, through GraphQL and the <c>import</c> command alike, bound from <c>Import</c>.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>The largest file, in bytes (<see cref="ImportFileTooLargeError"/>).</summary>
    public int MaxFileBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Rows in one file, the header not counted (<see cref="ImportTooManyRowsError"/>): one file is one transaction.</summary>
    public int MaxRows { get; set; } = 10_000;
}
