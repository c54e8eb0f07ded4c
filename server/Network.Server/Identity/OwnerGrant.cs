using GraphQL;
using Network.Server.GraphQL.Access;

namespace Network.Server.Identity;

/// <summary>
/// The person sees their own data; administrators see it too, and their employer's admins see all of it
/// but what is confidential.
/// </summary>
internal sealed class OwnerGrant : IPersonalDataGrant
{
    public ValueTask<bool> AllowsAsync(IResolveFieldContext context, DataSubject subject, PersonalDataKind kind)
    {
        var caller = context.Caller();
        return ValueTask.FromResult(kind == PersonalDataKind.Confidential
            ? caller.IsMentor(subject.MentorId) || caller.IsAdmin
            : caller.ManagesMentor(subject.MentorId, subject.EmployerId));
    }
}
