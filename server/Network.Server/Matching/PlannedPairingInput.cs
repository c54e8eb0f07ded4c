using System.ComponentModel;
using GraphQL;
using Network.Server.Mentors;

namespace Network.Server.Matching;

/// <summary>One pair of a confirmed plan; the format defaults to the best both can meet in.</summary>
public sealed record PlannedPairingInput(
    [property: Id] string MentorId,
    [property: Id] string PartnerId,
    [property: Description("How the pair will meet; the best format both can meet in when left out.")] MentoringFormat? Format);
