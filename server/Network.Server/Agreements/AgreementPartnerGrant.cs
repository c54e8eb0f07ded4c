using GraphQL;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Access;
using Network.Server.Identity;
using Network.Server.Pairings;

namespace Network.Server.Agreements;

/// <summary>
/// A goal's statement is its owner's personal data; the owner shares it with their partner by agreeing it, so
/// both mentors of the agreement's pairing read it.
/// </summary>
internal sealed class AgreementPartnerGrant : IPersonalDataGrant
{
    public ValueTask<bool> AllowsAsync(IResolveFieldContext context, DataSubject subject, PersonalDataKind kind) =>
        kind == PersonalDataKind.Personal && context.Source is AgreementGoal goal && context.Caller().MentorId is not null
            ? IsMentorOfAsync(context, goal.PairingId)
            : ValueTask.FromResult(false);

    private static async ValueTask<bool> IsMentorOfAsync(IResolveFieldContext context, int pairingId) =>
        await context.Service<PairingByIdDataLoader>().LoadAsync(pairingId).GetResultAsync(context.CancellationToken) is { } pairing
            && PairingAccess.IsMentorOf(context.Caller(), pairing);
}
