using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.Mentors;

/// <summary>
/// Keeps a block and a proposal of the same two mentors from crossing. A proposal reads the blocks and
/// then inserts its pairing; a block inserts its row and then closes the pair's open pairing: running at
/// once, each would miss the other's uncommitted row, leaving a blocked pair with an open pairing. So a
/// proposal holds this lock shared and a block holds it exclusively, each until its transaction ends:
/// proposals never wait for one another, a block waits for the proposals under way and then closes what
/// they opened, and a proposal that comes later waits for the block and then sees it. One lock serves
/// every pair, as blocks are rare and quick; it is an advisory lock, as no row stands for a pair that has
/// no block yet. Call inside a transaction.
/// </summary>
public static class MentorBlockLock
{
    /// <summary>A key no other lock of the network uses.</summary>
    private const long Key = 0x6D_656E_746F_72;

    public static Task ForProposalAsync(NetworkDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared({Key})", cancellationToken);

    public static Task ForBlockAsync(NetworkDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
}
