using GraphQL;
using Network.Server.GraphQL.Access;

namespace Network.Server.Identity;

/// <summary>The person sees their own data; their employer's admins and administrators see it too.</summary>
internal sealed class OwnerGrant : IPersonalDataGrant
{
    public ValueTask<bool> AllowsAsync(IResolveFieldContext context, DataSubject subject, PersonalDataKind kind) =>
        ValueTask.FromResult(context.Caller().ManagesMentor(subject.MentorId, subject.EmployerId));
}
