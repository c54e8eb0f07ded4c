using System.ComponentModel;

namespace Network.Server.Programmes;

/// <summary>How often a programme's pairs meet, for how long, and how many sessions at least.</summary>
public sealed record SessionStructureInput(
    [property: Description("A session every this many weeks, 1 to 12.")] int EveryWeeks,
    [property: Description("Minutes a session lasts, 15 to 240.")] int Minutes,
    [property: Description("The fewest sessions a pair holds, 1 to 52.")] int MinimumSessions);
