using Network.Server.Identity;

namespace Network.Server.GraphQL.Errors;

/// <summary>
/// Who may call a mutation at all, checked before its input is looked at. Ownership of the data a
/// mutation touches is checked by the mutation itself, once it knows whose data that is.
/// </summary>
public sealed record MutationAccess(string Description, Func<Caller, bool> Allows)
{
    public static MutationAccess Roles(string description, params Role[] roles)
    {
        var allowed = roles.ToHashSet();
        return new MutationAccess(description, caller => caller.IsAny(allowed));
    }

    /// <summary>The error for a caller who may not touch this particular employer's or mentor's data.</summary>
    public static NotAuthorizedError NotOwner(string whose) => new($"Only {whose} may do this.");

    public NotAuthorizedError Deny(Caller caller) =>
        new(caller.IsAuthenticated ? $"Your role may not do this. {Description}" : $"Sign in first. {Description}");
}
