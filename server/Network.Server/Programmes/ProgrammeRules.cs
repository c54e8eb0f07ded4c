namespace Network.Server.Programmes;

/// <summary>The limits of a programme's fields, shared by validation and the database's constraints.</summary>
public static class ProgrammeRules
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxStatementLength = 500;
    public const int MaxReasonLength = 500;
    public const int MaxConductLength = 20_000;
    public const int MaxPairs = 1000;
    public const int MaxObjectives = 20;
    public const int MaxTargetSkills = 20;
    public const int MaxTargetGaps = 100;
    public const int MaxCoordinators = 20;
    public const int MaxLocalAuthorities = 50;
    public const int MaxSessionEveryWeeks = 12;
    public const int MinSessionMinutes = 15;
    public const int MaxSessionMinutes = 240;
    public const int MaxMinimumSessions = 52;

    /// <summary>The longest a programme may run, in days (two years).</summary>
    public const int MaxDurationDays = 731;
}
