namespace Network.Server.Programmes;

/// <summary>How learners' confidence is measured for an objective: never from fewer learners than this, so that no one's ratings can be told.</summary>
public static class LearnerConfidence
{
    public const int MinimumLearners = 5;
}
