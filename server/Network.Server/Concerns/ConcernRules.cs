namespace Network.Server.Concerns;

/// <summary>The limits of a concern's fields, shared by validation and the database's constraints.</summary>
public static class ConcernRules
{
    public const int MinDescriptionLength = 10;
    public const int MaxDescriptionLength = 4000;
    public const int MaxNoteLength = 1000;
}
