using Network.Server.GraphQL.Mutations;

namespace Network.Server.Pairings;

/// <summary>Declares the errors of every change <see cref="PairingChanges"/> makes: a bad ID, no such pairing, a status the change does not start from.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PairingChangeErrorsAttribute : Attribute, IMutationErrors
{
    public IEnumerable<Type> ErrorTypes => [typeof(InvalidIdError), typeof(PairingNotFoundError), typeof(InvalidPairingTransitionError)];
}
