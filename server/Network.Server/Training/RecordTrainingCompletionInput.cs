using System.ComponentModel;
using GraphQL;

namespace Network.Server.Training;

/// <summary>A mentor completed a training module.</summary>
public sealed record RecordTrainingCompletionInput(
    [property: Id] string MentorId,
    [property: Id] string TrainingModuleId,
    [property: Description("When it was completed; now when left out. Not in the future.")] DateTimeOffset? CompletedAt);
