namespace Network.Server.Concerns;

/// <summary>What a concern is about. Stored as numbers; members are only appended.</summary>
public enum ConcernCategory
{
    /// <summary>Behaviour that breaks the programme's code of conduct.</summary>
    InappropriateBehaviour,

    /// <summary>Unwanted contact or pressure, in or outside sessions.</summary>
    Harassment,

    /// <summary>Unfair treatment for age, sex, race, disability or any other protected characteristic.</summary>
    Discrimination,

    /// <summary>Something said in confidence, or an employer's information, shared where it should not be.</summary>
    ConfidentialityBreach,

    /// <summary>Someone's safety or wellbeing is at risk.</summary>
    Safety,

    Other,
}
