using Network.Server.GraphQL.Mutations;

namespace Network.Server.Onboarding;

/// <summary>The report of an import that read its file, or why the file was not read (<see cref="Refusal"/>).</summary>
internal sealed record ImportOutcome(ImportReport? Report, UserError? Refusal);
