using GraphQL;

namespace Network.Server.GraphQL.Access;

/// <summary>
/// Who may do something: in words (<see cref="Who"/>, shown in the schema and in refusals) and as a test
/// of the request. The Identity feature makes them from roles.
/// </summary>
public sealed record AccessRule(string Who, Func<IResolveFieldContext, bool> Allows)
{
    /// <summary>The sentence the schema shows with what the rule guards.</summary>
    public string Description => $"Allowed for {Who}.";
}
