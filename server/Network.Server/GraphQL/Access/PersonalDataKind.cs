namespace Network.Server.GraphQL.Access;

/// <summary>How personal a field is, which decides who beyond the person may read it.</summary>
public enum PersonalDataKind
{
    /// <summary>Names, job titles, feedback text: the person, their employer's admins and administrators.</summary>
    Personal,

    /// <summary>Ways to reach the person (email): as <see cref="Personal"/>, and their partner in an ACCEPTED or ACTIVE pairing.</summary>
    Contact,

    /// <summary>
    /// Choices the person makes for their own safety (whom they block): the person and administrators only.
    /// Not their employer's admins: the person may not want their employer to know, and may be keeping
    /// away from someone their employer works with.
    /// </summary>
    Confidential,
}
