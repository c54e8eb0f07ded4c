using Network.Server.Identity;

namespace Network.Server.Onboarding;

/// <summary>One import: into which employer (its key, and its ID as the caller wrote it), from which file, by whom.</summary>
internal sealed record ImportRequest(int EmployerId, string WrittenEmployerId, Stream File, long FileBytes, bool DryRun, Caller Actor);
