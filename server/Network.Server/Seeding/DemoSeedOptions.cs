namespace Network.Server.Seeding;

/// <summary>How much demo data to create, and whether to clear existing data first.</summary>
public sealed record DemoSeedOptions(int Mentors, bool Reset);
