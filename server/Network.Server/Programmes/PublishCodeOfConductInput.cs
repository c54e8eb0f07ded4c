using System.ComponentModel;
using GraphQL;

namespace Network.Server.Programmes;

public sealed record PublishCodeOfConductInput(
    [property: Id] string ProgrammeId,
    [property: Description("The new version's full text; up to 20,000 characters.")] string Text);
