using GraphQL;

namespace Network.Server.Programmes;

public sealed record RemoveProgrammeObjectiveInput([property: Id] string ObjectiveId);
