using Network.Server.GraphQL.Mutations;

namespace Network.Server.Programmes;

/// <summary>The employer or mentor is outside the programme's area.</summary>
public sealed record OutsideProgrammeAreaError(string Message, string LocalAuthorityCode) : UserError(Message);
