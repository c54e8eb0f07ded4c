using Network.Server.GraphQL.Mutations;
using Network.Server.Skills;

namespace Network.Server.Programmes;

/// <summary>The employer's sector is not one the programme recruits from.</summary>
public sealed record SectorNotInProgrammeError(string Message, Sector Sector) : UserError(Message);
