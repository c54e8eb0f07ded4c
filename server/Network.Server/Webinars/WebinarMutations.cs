using GraphQL.Types;
using Network.Server.Geo;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;
using Network.Server.Sessions;
using Network.Server.Skills;

namespace Network.Server.Webinars;

internal static class WebinarMutations
{
    private static readonly AccessRule Organisers = CallerAccess.Roles("organisers and administrators", Role.Organiser, Role.Admin);

    internal static readonly AccessRule WebinarOrganisers = CallerAccess.Roles("the webinar's organiser and administrators", Role.Organiser, Role.Admin);

    internal static readonly MutationResult<WebinarPayload> Result =
        new("webinar", () => new GraphQLTypeReference("Webinar"), p => p.Webinar, p => p.Errors, WebinarPayload.Failed);

    public static void AddWebinarMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateWebinarInput, WebinarPayload>(
            "createWebinar",
            "Creates a webinar as a DRAFT, organised by the caller and seen only by them and administrators until it is published.",
            Organisers,
            Result,
            CreateAsync);

        mutation.Mutation<UpdateWebinarInput, WebinarPayload>(
            "updateWebinar",
            "Changes a DRAFT or PUBLISHED webinar; fields left out keep their value. A description given as null is removed; the other fields may not be null " +
                "(NullNotAllowedError), except the joinLink or venuePostcode of the format it does not use.",
            WebinarOrganisers,
            Result,
            UpdateAsync);
    }

    [PostcodeErrors]
    [Error<InvalidIdError>]
    [Error<UnknownSkillError>]
    [Error<OutOfRangeError>]
    [Error<BlankValueError>]
    [Error<ValueTooLongError>]
    [Error<InvalidDateError>]
    [Error<UnknownTimeZoneError>]
    [Error<InvalidUrlError>]
    private static async Task<WebinarPayload> CreateAsync(MutationContext<CreateWebinarInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var now = m.Clock.GetUtcNow();
        var title = v.Text("title", input.Title, WebinarRules.MaxTitleLength);
        var description = v.OptionalText("description", input.Description, WebinarRules.MaxDescriptionLength);
        var topics = await WebinarValidation.TopicsAsync(v, m.Db, input.TopicSkillIds, m.CancellationToken);
        var sectors = WebinarValidation.Sectors(v, input.Sectors);
        WebinarValidation.StartsInTheFuture(v, input.StartsAt, now);
        var timeZone = WebinarValidation.TimeZone(v, input.TimeZone ?? WebinarValidation.DefaultTimeZone);
        var minutes = WebinarValidation.Duration(v, input.DurationMinutes);
        var place = WebinarValidation.Place(v, input.Format, input.JoinLink, input.VenuePostcode);
        var capacity = WebinarValidation.Capacity(v, input.Capacity);
        if (!v.IsValid || place is null)
        {
            return WebinarPayload.Failed(v.Errors);
        }

        var webinar = new Webinar
        {
            Title = title,
            Description = description,
            TopicSkillIds = topics,
            Sectors = sectors,
            Audience = input.Audience,
            TimeZone = timeZone,
            Format = input.Format,
            Capacity = capacity,
            Status = WebinarStatus.Draft,
            OrganiserSubject = m.Caller().Subject!,
            CreatedAt = now,
            UpdatedAt = now,
        };
        webinar.Schedule(input.StartsAt, minutes, timeZone);
        place.ApplyTo(webinar);
        m.Db.Webinars.Add(webinar);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        return new WebinarPayload(webinar, null);
    }

    [PostcodeErrors]
    [Error<InvalidIdError>]
    [Error<WebinarNotFoundError>]
    [Error<InvalidWebinarTransitionError>]
    [Error<NullNotAllowedError>]
    [Error<UnknownSkillError>]
    [Error<OutOfRangeError>]
    [Error<BlankValueError>]
    [Error<ValueTooLongError>]
    [Error<InvalidDateError>]
    [Error<UnknownTimeZoneError>]
    [Error<InvalidUrlError>]
    private static async Task<WebinarPayload> UpdateAsync(MutationContext<UpdateWebinarInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var now = m.Clock.GetUtcNow();
        var id = v.Id("webinarId", input.WebinarId, "Webinar");
        var title = v.NotNull("title", input.Title) is { } givenTitle ? v.Text("title", givenTitle, WebinarRules.MaxTitleLength) : null;
        var description = v.OptionalText("description", input.Description.Value, WebinarRules.MaxDescriptionLength);
        var topics = v.NotNull("topicSkillIds", input.TopicSkillIds) is { } givenTopics ? await WebinarValidation.TopicsAsync(v, m.Db, givenTopics, m.CancellationToken) : null;
        var sectors = v.NotNull("sectors", input.Sectors) is { } givenSectors ? WebinarValidation.Sectors(v, givenSectors) : null;
        var audience = v.NotNull("audience", input.Audience);
        var startsAt = v.NotNull("startsAt", input.StartsAt);
        if (startsAt is { } newStart)
        {
            WebinarValidation.StartsInTheFuture(v, newStart, now);
        }

        var timeZone = v.NotNull("timeZone", input.TimeZone) is { } givenZone ? WebinarValidation.TimeZone(v, givenZone) : null;
        var minutes = v.NotNull("durationMinutes", input.DurationMinutes) is { } givenMinutes ? WebinarValidation.Duration(v, givenMinutes) : (int?)null;
        var format = v.NotNull("format", input.Format);
        var capacity = v.NotNull("capacity", input.Capacity) is { } givenCapacity ? WebinarValidation.Capacity(v, givenCapacity) : (int?)null;
        if (!v.IsValid)
        {
            return WebinarPayload.Failed(v.Errors);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (webinar, refused) = await WebinarChanges.LockAsync(m, id, input.WebinarId, WebinarChange.Edit);
        if (webinar is null)
        {
            return WebinarPayload.Failed([refused!]);
        }

        // The place is checked against the format it will have, with the link or postcode it keeps when they are left out.
        var finalFormat = format ?? webinar.Format;
        var place = input.Format.HasValue || input.JoinLink.HasValue || input.VenuePostcode.HasValue
            ? WebinarValidation.Place(
                v,
                finalFormat,
                input.JoinLink.HasValue ? input.JoinLink.Value : webinar.JoinLink,
                input.VenuePostcode.HasValue ? input.VenuePostcode.Value : webinar.VenuePostcode)
            : null;
        if (!v.IsValid)
        {
            return WebinarPayload.Failed(v.Errors);
        }

        webinar.Title = title ?? webinar.Title;
        webinar.Description = input.Description.HasValue ? description : webinar.Description;
        webinar.TopicSkillIds = topics ?? webinar.TopicSkillIds;
        webinar.Sectors = sectors ?? webinar.Sectors;
        webinar.Audience = audience ?? webinar.Audience;
        webinar.Schedule(startsAt ?? webinar.StartsAt, minutes ?? webinar.DurationMinutes, timeZone ?? webinar.TimeZone);
        webinar.Format = finalFormat;
        place?.ApplyTo(webinar);
        webinar.Capacity = capacity ?? webinar.Capacity;
        webinar.UpdatedAt = now;
        await m.Db.SaveChangesAsync(m.CancellationToken);
        if (webinar.TakesRegistrations(now))
        {
            // A larger capacity gives its new seats to the waiting list.
            await WebinarWaitingList.FillSeatsAsync(m, webinar, now);
        }

        await transaction.CommitAsync(m.CancellationToken);
        return new WebinarPayload(webinar, null);
    }
}
