namespace Network.Client;

/// <summary>
/// Marks the member of a generated enum that stands for a value added to the schema after the code was generated,
/// so that an older client still reads a newer server's answers; it has no GraphQL name and cannot be sent.
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class GraphQLUnknownValueAttribute : Attribute;
