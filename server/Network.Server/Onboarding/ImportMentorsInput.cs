using GraphQL;
using Network.Server.GraphQL.Scalars;

namespace Network.Server.Onboarding;

/// <summary>A CSV file of an employer's mentors; with <see cref="DryRun"/>, checked and nothing written.</summary>
public sealed record ImportMentorsInput([property: Id] string EmployerId, UploadedFile File, bool? DryRun);
