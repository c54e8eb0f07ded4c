using System.ComponentModel;
using GraphQL;

namespace Network.Server.Concerns;

public sealed record TriageConcernInput(
    [property: Id] string ConcernId,
    ConcernTriageAction Action,
    [property: Description("Why, for the concern's history, which only the programme's coordinators and administrators see; up to 1,000 characters.")] string? Note);
