using GraphQL;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Access;
using Network.Server.Identity;
using Network.Server.Programmes;

namespace Network.Server.Concerns;

/// <summary>
/// A concern's description is the reporter's confidential data; the coordinators of the programme it was
/// reported in read it too, as handling it needs them to.
/// </summary>
internal sealed class ConcernCoordinatorGrant : IPersonalDataGrant
{
    public ValueTask<bool> AllowsAsync(IResolveFieldContext context, DataSubject subject, PersonalDataKind kind) =>
        context.Source is ConcernReport concern && context.Caller().Is(Role.Coordinator)
            ? CoordinatesAsync(context, concern)
            : ValueTask.FromResult(false);

    private static async ValueTask<bool> CoordinatesAsync(IResolveFieldContext context, ConcernReport concern) =>
        await context.Service<ProgrammeByIdDataLoader>().LoadAsync(concern.ProgrammeId).GetResultAsync(context.CancellationToken) is { } programme
            && ConcernAccess.Handles(context.Caller(), programme);
}
