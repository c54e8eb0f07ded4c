using Network.Server.GraphQL.Mutations;
using Network.Server.Mentors;

namespace Network.Server.Pairings;

/// <summary>Declares the errors of proposals as <see cref="PairingProposals"/> checks them.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProposalErrorsAttribute : Attribute, IMutationErrors
{
    public IEnumerable<Type> ErrorTypes =>
    [
        typeof(InvalidIdError), typeof(MentorNotFoundError), typeof(MentorWithdrawnError), typeof(SameEmployerError),
        typeof(PairingAlreadyOpenError), typeof(NoCommonFormatError), typeof(PairingNotEligibleError),
    ];
}
