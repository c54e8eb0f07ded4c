using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.Mentors;

/// <summary>Pairs of mentors who must not be paired because one has blocked the other, whichever it was.</summary>
public static class BlockedPairs
{
    /// <summary>The blocked pairs among <paramref name="mentorIds"/>, lower mentor ID first.</summary>
    public static async Task<IReadOnlySet<(int Low, int High)>> AmongAsync(NetworkDbContext db, int[] mentorIds, CancellationToken cancellationToken)
    {
        var blocks = await db.MentorBlocks.AsNoTracking()
            .Where(b => mentorIds.Contains(b.MentorId) && mentorIds.Contains(b.BlockedMentorId))
            .Select(b => new { b.MentorId, b.BlockedMentorId })
            .ToListAsync(cancellationToken);
        return blocks.Select(b => b.MentorId < b.BlockedMentorId ? (b.MentorId, b.BlockedMentorId) : (b.BlockedMentorId, b.MentorId)).ToHashSet();
    }
}
