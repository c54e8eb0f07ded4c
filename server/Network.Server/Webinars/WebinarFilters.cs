using Network.Server.GraphQL.Filtering;
using Network.Server.GraphQL.Sorting;

namespace Network.Server.Webinars;

public static class WebinarFilters
{
    public static FilterDefinition<Webinar> Definition { get; } = new FilterDefinition<Webinar>("WebinarFilterInput")
        .Id("id", w => w.Id, "Webinar")
        .Field("title", w => w.Title)
        .Field("status", w => w.Status)
        .Field("format", w => w.Format)
        .Field("audience", w => w.Audience)
        .IdList("topicSkillIds", w => w.TopicSkillIds, "Skill")
        .ScalarList("sectors", w => w.Sectors)
        .Field("startsAt", w => w.StartsAt)
        .Field("endsAt", w => w.EndsAt)
        .Field("durationMinutes", w => w.DurationMinutes)
        .Field("capacity", w => w.Capacity)
        .Field("createdAt", w => w.CreatedAt);

    public static SortDefinition<Webinar> Sorting { get; } = new SortDefinition<Webinar>("WebinarSortInput")
        .Field("title", w => w.Title)
        .Field("status", w => w.Status)
        .Field("startsAt", w => w.StartsAt)
        .Field("durationMinutes", w => w.DurationMinutes)
        .Field("capacity", w => w.Capacity)
        .Field("createdAt", w => w.CreatedAt)
        .Distance();
}
