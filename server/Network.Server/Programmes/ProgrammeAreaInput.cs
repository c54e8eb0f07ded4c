namespace Network.Server.Programmes;

/// <summary>Where a programme recruits: local authorities by their ONS codes, or a circle (a <c>NearInput</c>); exactly one of the two.</summary>
public sealed record ProgrammeAreaInput
{
    public List<string>? LocalAuthorityCodes { get; init; }

    public Dictionary<string, object?>? Near { get; init; }
}
