using GraphQL.Types;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;

namespace Network.Server.Pairings;

/// <summary>
/// Pausing an active pairing while a concern is looked into, and resuming it. Those who look into concerns
/// pause and resume, and only they: a mentor or employer admin could otherwise lift a pause put on for
/// their own safety. Either partner may still end a paused pairing.
/// </summary>
internal static class PairingPauseMutations
{
    private static readonly AccessRule Safeguarders = CallerAccess.Roles("coordinators and administrators", Role.Coordinator, Role.Admin);

    public static void AddPairingPauseMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<PausePairingInput, PairingPayload>(
            "pausePairing",
            "Pauses an active pairing while a concern is looked into, with an optional note for its history. A paused pairing stays open and keeps both mentors' places, " +
            "but the partners no longer see each other's contact details; it is resumed, or ended, never completed while paused.",
            Safeguarders,
            PairingMutations.Result,
            PauseAsync);

        mutation.Mutation<ResumePairingInput, PairingPayload>(
            "resumePairing",
            "Makes a paused pairing active again, with an optional note for its history.",
            Safeguarders,
            PairingMutations.Result,
            ResumeAsync);
    }

    [PairingChangeErrors]
    [Error<ValueTooLongError>]
    private static Task<PairingPayload> PauseAsync(MutationContext<PausePairingInput> m)
    {
        var id = m.Validator.Id("pairingId", m.Input.PairingId, "Pairing");
        var note = m.Validator.OptionalText("note", m.Input.Note, PairingRules.MaxReasonLength);
        return PairingChanges.ApplyAsync(m, id, m.Input.PairingId, PairingChange.Pause, actsForAnyPairing: true, (pairing, now) => pairing.Pause(m.Caller(), note, now));
    }

    [PairingChangeErrors]
    [Error<ValueTooLongError>]
    private static Task<PairingPayload> ResumeAsync(MutationContext<ResumePairingInput> m)
    {
        var id = m.Validator.Id("pairingId", m.Input.PairingId, "Pairing");
        var note = m.Validator.OptionalText("note", m.Input.Note, PairingRules.MaxReasonLength);
        return PairingChanges.ApplyAsync(m, id, m.Input.PairingId, PairingChange.Resume, actsForAnyPairing: true, (pairing, now) => pairing.Resume(m.Caller(), note, now));
    }
}
