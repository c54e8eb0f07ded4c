using Network.Server.GraphQL.Mutations;

namespace Network.Server.Pairings;

/// <summary>What applying a change to a locked pairing came to: done (to be saved), nothing to change, or refused.</summary>
internal sealed record PairingChangeOutcome(IReadOnlyList<UserError> Errors, bool Changed)
{
    public static PairingChangeOutcome Done { get; } = new([], true);

    public static PairingChangeOutcome Unchanged { get; } = new([], false);

    public static PairingChangeOutcome Refused(IReadOnlyList<UserError> errors) => new(errors, false);
}
