using Network.Server.GraphQL.Mutations;

namespace Network.Server.Programmes;

/// <summary>A programme's area that cannot be used: a point that is not a WGS 84 GeoJSON point, or no local authority given.</summary>
public sealed record InvalidAreaError(string Message, string Field) : UserError(Message);
