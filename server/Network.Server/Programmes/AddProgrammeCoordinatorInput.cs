using System.ComponentModel;
using GraphQL;

namespace Network.Server.Programmes;

public sealed record AddProgrammeCoordinatorInput(
    [property: Id] string ProgrammeId,
    [property: Description("The coordinator's subject, as the identity provider names them (`me { subject }`).")] string Subject);
