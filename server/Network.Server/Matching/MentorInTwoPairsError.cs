using Network.Server.GraphQL.Mutations;

namespace Network.Server.Matching;

/// <summary>A plan to confirm names one mentor in more than one pair; a plan gives each mentor one partner.</summary>
public sealed record MentorInTwoPairsError(string Message, string MentorId) : UserError(Message);
