using GraphQL;

namespace Network.Server.GraphQL.Access;

/// <summary>
/// Lets some callers read a person's data. Identity grants it to the person, their employer's admins and
/// administrators; a feature that knows of another relation (a pairing partner's contact details) adds
/// its own grant. A field of personal data resolves for a caller whom any grant allows, and is null otherwise.
/// </summary>
public interface IPersonalDataGrant
{
    /// <summary>Whether the request's caller may read <paramref name="subject"/>'s data of <paramref name="kind"/>; answered synchronously where it can be.</summary>
    ValueTask<bool> AllowsAsync(IResolveFieldContext context, DataSubject subject, PersonalDataKind kind);
}
