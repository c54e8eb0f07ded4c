using Network.Server.GraphQL.Mutations;
using Network.Server.Mentors;

namespace Network.Server.Pairings;

/// <summary>The two mentors cannot meet in any format, or not in the one asked for (<see cref="Format"/>).</summary>
public sealed record NoCommonFormatError(string Message, MentoringFormat? Format) : UserError(Message);
