namespace Network.Server.Employers;

/// <summary>Employer size by staff headcount: micro (under 10), small (10–49), medium (50–249), large (250+).</summary>
public enum SizeBand
{
    Micro,
    Small,
    Medium,
    Large,
}
