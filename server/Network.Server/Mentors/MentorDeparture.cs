using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Mutations;

namespace Network.Server.Mentors;

/// <summary>
/// A mentor who withdraws, or erases their data, leaves the programme: every feature holding something
/// of theirs that must close (<see cref="IMentorDepartureHandler"/>) closes it, in the same transaction.
/// </summary>
internal static class MentorDeparture
{
    /// <summary>
    /// Locks what the features will change, then the mentor's row; returns the mentor (tracked) and the
    /// features' changes to apply when the mentor leaves. Call inside a transaction.
    /// </summary>
    public static async Task<(Mentor? Mentor, Action<MutationContext, DateTimeOffset> Leave)> LockAsync(MutationContext m, int mentorId)
    {
        var leaving = new List<Action<MutationContext, DateTimeOffset>>();
        foreach (var handler in m.Context.Service<IEnumerable<IMentorDepartureHandler>>())
        {
            leaving.Add(await handler.LockAsync(m.Db, mentorId, m.CancellationToken));
        }

        var mentor = await m.Db.Mentors.FromSql($"SELECT * FROM mentors WHERE id = {mentorId} FOR UPDATE").SingleOrDefaultAsync(m.CancellationToken);
        return (mentor, (context, at) => leaving.ForEach(leave => leave(context, at)));
    }
}
