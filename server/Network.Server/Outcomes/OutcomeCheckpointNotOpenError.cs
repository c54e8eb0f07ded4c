using Network.Server.GraphQL.Mutations;

namespace Network.Server.Outcomes;

/// <summary>The programme's checkpoint is not open: it opens on <paramref name="OpensOn"/>, or never (null) for a cancelled programme.</summary>
public sealed record OutcomeCheckpointNotOpenError(string Message, OutcomeCheckpoint Checkpoint, DateOnly? OpensOn) : UserError(Message);
