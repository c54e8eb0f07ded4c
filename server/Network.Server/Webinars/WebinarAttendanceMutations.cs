using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Mutations;

namespace Network.Server.Webinars;

internal static class WebinarAttendanceMutations
{
    public static void AddWebinarAttendanceMutations(this ObjectGraphType mutation) =>
        mutation.Mutation<RecordWebinarAttendanceInput, WebinarPayload>(
            "recordWebinarAttendance",
            "Records who came to a webinar that has started (PUBLISHED or COMPLETED): the registrations listed in attended came, those in absent did not. " +
                "Registrations not listed keep what was recorded; recording again corrects it.",
            WebinarMutations.WebinarOrganisers,
            WebinarMutations.Result,
            RecordAsync);

    [Error<InvalidIdError>]
    [Error<WebinarNotFoundError>]
    [Error<InvalidWebinarTransitionError>]
    [Error<WebinarNotStartedError>]
    [Error<WebinarRegistrationNotFoundError>]
    [Error<AttendanceConflictError>]
    private static async Task<WebinarPayload> RecordAsync(MutationContext<RecordWebinarAttendanceInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var id = v.Id("webinarId", input.WebinarId, "Webinar");
        var marks = (input.Attended ?? []).Select(r => (Id: r, Attended: true)).Concat((input.Absent ?? []).Select(r => (Id: r, Attended: false)))
            .Select(r => (r.Id, Key: v.Id(r.Attended ? "attended" : "absent", r.Id, "WebinarRegistration"), r.Attended))
            .ToList();
        if (!v.IsValid)
        {
            return WebinarPayload.Failed(v.Errors);
        }

        if (marks.GroupBy(r => r.Key).FirstOrDefault(g => g.Select(r => r.Attended).Distinct().Count() > 1) is { } both)
        {
            return WebinarPayload.Failed([new AttendanceConflictError("A registration is either in attended or in absent, not both.", both.First().Id)]);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (webinar, refused) = await WebinarChanges.LockAsync(m, id, input.WebinarId, WebinarChange.RecordAttendance);
        if (webinar is null)
        {
            return WebinarPayload.Failed([refused!]);
        }

        var now = m.Clock.GetUtcNow();
        if (now < webinar.StartsAt)
        {
            return WebinarPayload.Failed([new WebinarNotStartedError("Attendance is recorded once the webinar has started.", input.WebinarId, webinar.StartsAt)]);
        }

        var keys = marks.Select(r => r.Key).Distinct().ToList();
        var registrations = await m.Db.WebinarRegistrations
            .Where(r => r.WebinarId == id && keys.Contains(r.Id) && r.Status != WebinarRegistrationStatus.Cancelled)
            .ToDictionaryAsync(r => r.Id, m.CancellationToken);
        var unknown = marks.Where(r => !registrations.ContainsKey(r.Key)).Select(r => r.Id).Distinct().ToList();
        if (unknown.Count > 0)
        {
            return WebinarPayload.Failed([.. unknown.Select(r => new WebinarRegistrationNotFoundError($"The webinar has no live registration with the ID {r}.", r))]);
        }

        foreach (var (_, key, attended) in marks)
        {
            registrations[key].Attended = attended;
            registrations[key].UpdatedAt = now;
        }

        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new WebinarPayload(webinar, null);
    }
}
