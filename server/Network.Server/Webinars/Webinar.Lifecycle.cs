using System.Collections.Frozen;

namespace Network.Server.Webinars;

/// <summary>
/// The webinar's lifecycle in one place: DRAFT → PUBLISHED → COMPLETED, or CANCELLED before it completes;
/// and which statuses allow its details to change.
/// </summary>
public sealed partial class Webinar
{
    private static readonly FrozenDictionary<WebinarChange, WebinarStatus[]> StartingStatuses = new Dictionary<WebinarChange, WebinarStatus[]>
    {
        [WebinarChange.Publish] = [WebinarStatus.Draft],
        [WebinarChange.Complete] = [WebinarStatus.Published],
        [WebinarChange.Cancel] = [WebinarStatus.Draft, WebinarStatus.Published],
        [WebinarChange.Edit] = [WebinarStatus.Draft, WebinarStatus.Published],
        [WebinarChange.RecordAttendance] = [WebinarStatus.Published, WebinarStatus.Completed],
        [WebinarChange.Invite] = [WebinarStatus.Published],
    }.ToFrozenDictionary();

    /// <summary>The statuses <paramref name="change"/> starts from.</summary>
    public static IReadOnlyList<WebinarStatus> StartsFrom(WebinarChange change) => StartingStatuses[change];

    public bool Allows(WebinarChange change) => StartingStatuses[change].Contains(Status);

    /// <summary>Whether it is over at <paramref name="now"/>, so that it may be completed.</summary>
    public bool IsOver(DateTimeOffset now) => EndsAt <= now;

    /// <summary>Whether people may register, or cancel a registration, at <paramref name="now"/>: published and not yet started.</summary>
    public bool TakesRegistrations(DateTimeOffset now) => Status == WebinarStatus.Published && now < StartsAt;

    public void Publish(DateTimeOffset at)
    {
        PublishedAt = at;
        MoveTo(WebinarChange.Publish, WebinarStatus.Published, at);
    }

    public void Complete(DateTimeOffset at)
    {
        if (!IsOver(at))
        {
            throw new InvalidOperationException("A webinar cannot complete before it ends.");
        }

        CompletedAt = at;
        MoveTo(WebinarChange.Complete, WebinarStatus.Completed, at);
    }

    public void Cancel(string reason, DateTimeOffset at)
    {
        CancelledAt = at;
        CancellationReason = reason;
        MoveTo(WebinarChange.Cancel, WebinarStatus.Cancelled, at);
    }

    /// <summary>Sets when it runs; <see cref="EndsAt"/> follows.</summary>
    public void Schedule(DateTimeOffset startsAt, int durationMinutes, string timeZone)
    {
        StartsAt = startsAt.ToUniversalTime();
        DurationMinutes = durationMinutes;
        EndsAt = StartsAt.AddMinutes(durationMinutes);
        TimeZone = timeZone;
    }

    private void MoveTo(WebinarChange change, WebinarStatus status, DateTimeOffset at)
    {
        if (!Allows(change))
        {
            throw new InvalidOperationException($"A {Status} webinar cannot {change}.");
        }

        Status = status;
        UpdatedAt = at;
    }
}
