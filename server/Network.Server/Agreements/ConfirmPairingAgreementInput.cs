using System.ComponentModel;
using GraphQL;

namespace Network.Server.Agreements;

public sealed record ConfirmPairingAgreementInput(
    [property: Id] string PairingId,
    [property: Id, Description("The confirming mentor: the caller, one of the pairing's two.")] string MentorId,
    [property: Description("The version confirmed: the pairing's latest.")] int Version,
    [property: Description("That what is said in the pairing stays in it; confirming needs this to be true.")] bool AcknowledgeConfidentiality);
