namespace Network.Server.CheckIns;

/// <summary>The limits of a check-in's fields.</summary>
public static class CheckInRules
{
    public const int MaxNoteLength = 2000;
    public const int MaxActions = 10;
    public const int MaxActionLength = 200;
    public const int MaxAttentionList = 200;
}
