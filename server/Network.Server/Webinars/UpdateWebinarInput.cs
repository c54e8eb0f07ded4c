using GraphQL;
using Network.Server.GraphQL.Mutations;
using Network.Server.Skills;

namespace Network.Server.Webinars;

/// <summary>
/// Changes to a DRAFT or PUBLISHED webinar; fields left out keep their value. A description given as null is removed,
/// and so are a join link or venue postcode the format no longer uses; the other fields may not be null.
/// </summary>
public sealed record UpdateWebinarInput(
    [property: Id] string WebinarId,
    Optional<string?> Title,
    Optional<string?> Description,
    [property: Id] Optional<List<string>?> TopicSkillIds,
    Optional<List<Sector>?> Sectors,
    Optional<WebinarAudience?> Audience,
    Optional<DateTimeOffset?> StartsAt,
    Optional<string?> TimeZone,
    Optional<int?> DurationMinutes,
    Optional<WebinarFormat?> Format,
    Optional<string?> JoinLink,
    Optional<string?> VenuePostcode,
    Optional<int?> Capacity);
