using GraphQL;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Access;
using Network.Server.Identity;

namespace Network.Server.Pairings;

/// <summary>
/// A mentor sees the contact details of their partners in ACCEPTED and ACTIVE pairings. The partners are
/// loaded only when a mentor asks for contact details that nothing else lets them see.
/// </summary>
internal sealed class PartnerContactGrant : IPersonalDataGrant
{
    public ValueTask<bool> AllowsAsync(IResolveFieldContext context, DataSubject subject, PersonalDataKind kind) =>
        kind == PersonalDataKind.Contact && context.Caller().MentorId is { } mentorId
            ? IsPartnerAsync(context, mentorId, subject.MentorId)
            : ValueTask.FromResult(false);

    private static async ValueTask<bool> IsPartnerAsync(IResolveFieldContext context, int mentorId, int partnerId) =>
        (await context.Service<AcceptedPartners>().OfAsync(mentorId, context.CancellationToken)).Contains(partnerId);
}
