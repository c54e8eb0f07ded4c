namespace Network.Server.Onboarding;

/// <summary>How far an import has gone in one of its stages: reading, checking, writing.</summary>
public readonly record struct ImportProgress(string Stage, long Done, long Total);
