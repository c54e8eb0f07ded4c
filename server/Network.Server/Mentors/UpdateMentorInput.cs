using GraphQL;
using Network.Server.GraphQL.Mutations;

namespace Network.Server.Mentors;

/// <summary>
/// Changes to a mentor's profile; fields left out keep their value, lists given replace the old ones, an email
/// or job title given as null is removed, and the other fields may not be null.
/// </summary>
public sealed record UpdateMentorInput(
    [property: Id] string MentorId,
    Optional<string?> DisplayName,
    Optional<string?> Email,
    Optional<string?> JobTitle,
    Optional<CareerStage?> CareerStage,
    Optional<int?> Capacity,
    Optional<MentoringFormat?> Format,
    Optional<int?> MaxTravelKm,
    Optional<IReadOnlyList<Availability>?> Availability,
    Optional<string?> Postcode,
    Optional<IReadOnlyList<MentorSkillInput>?> Offers,
    Optional<IReadOnlyList<MentorSkillInput>?> Wants);
