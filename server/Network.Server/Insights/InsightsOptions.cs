namespace Network.Server.Insights;

/// <summary>Regional insights settings (configuration section <c>Insights</c>).</summary>
public sealed record InsightsOptions
{
    public const string Section = "Insights";

    /// <summary>Whether anonymous callers may read the figures too; partners, coordinators and administrators always may.</summary>
    public bool Public { get; init; }

    /// <summary>How often the figures are worked out afresh; they are never older than this plus the time one refresh takes.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Whether the figures are worked out as the server starts, so that the first caller need not wait; otherwise on first use.</summary>
    public bool WarmOnStart { get; init; } = true;
}
