using System.ComponentModel;
using GraphQL;
using Network.Server.Mentors;

namespace Network.Server.Agreements;

public sealed record ProposePairingAgreementInput(
    [property: Id] string PairingId,
    [property: Id, Description("The proposing mentor: the caller, one of the pairing's two.")] string MentorId,
    [property: Description("A session every this many weeks, 1 to 12.")] int EveryWeeks,
    [property: Description("How the partners will meet.")] MentoringFormat Format,
    [property: Description("What each mentor wants to learn: 1 to 10 goals.")] List<AgreementGoalInput> Goals,
    [property: Description("That what is said in the pairing stays in it; proposing confirms the new version for the proposer's side, and needs this to be true.")] bool AcknowledgeConfidentiality);
