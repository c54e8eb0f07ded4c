using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Employers;
using Network.Server.Mentors;
using Network.Server.Scoring;
using Network.Server.SkillsGaps;
using Npgsql;

namespace Network.Server.Seeding;

/// <summary>
/// Fills the database with a believable, reproducible West Midlands network: employers with their
/// skills gaps, volunteer mentors with the skills they offer and want, and two mentoring programmes
/// with their employers, enrolments, training and pairings (<see cref="ProgrammeSeeder"/>). IDs are taken from the
/// identity sequences up front and written explicitly, so that both writers (EF Core for the default
/// demo, binary COPY for large runs) can link rows without reading IDs back. The whole run is one
/// transaction, so an interrupted seed leaves nothing behind.
/// </summary>
public sealed class DemoSeeder(IDbContextFactory<NetworkDbContext> factory, ISeedProgress progress, PairScorer scorer, TimeProvider clock)
{
    public const int DefaultMentorCount = 300;

    /// <summary>
    /// Above this many mentors the rows are copied rather than inserted: EF Core takes about five seconds
    /// for a thousand mentors, COPY half a second. The copy suspends foreign keys, which needs the table
    /// owner's rights; the default demo needs only ordinary inserts.
    /// </summary>
    public const int BulkThreshold = 1_000;

    private const int MentorsPerEmployer = 5;

    /// <summary>
    /// The demo's employers, counting those that publish skills gaps without volunteering mentors (yet): enough for a
    /// partner's figures by authority and skill to have cells of three employers or more to show.
    /// </summary>
    private const int MinimumEmployers = 360;

    private const string Tables = "employers, skills_gaps, mentors, mentor_offered_skills, mentor_wanted_skills, programmes, pairings, webinars";

    public async Task SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (options.Reset)
        {
            await db.Database.ExecuteSqlRawAsync($"TRUNCATE {Tables} RESTART IDENTITY CASCADE", cancellationToken);
        }

        // Writers elsewhere wait until we commit, so the IDs taken from the sequences below stay ours.
        await db.Database.ExecuteSqlRawAsync($"LOCK TABLE {Tables} IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
        if (!options.Reset && await db.Employers.AnyAsync(cancellationToken))
        {
            progress.Completed("Demo data already present; nothing to do (use --reset to start again)");
            return;
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var today = DemoMoments.NetworkToday(DemoMoments.Now(clock));
        var mentorEmployers = Math.Max(DemoEmployerCatalogue.Showcase.Count, options.Mentors / MentorsPerEmployer);
        var (employers, gaps) = DemoEmployers.Generate(
            Math.Max(MinimumEmployers, mentorEmployers),
            await IdentitySequences.NextIdAsync(connection, "employers", cancellationToken),
            await IdentitySequences.NextIdAsync(connection, "skills_gaps", cancellationToken),
            today);
        var firstMentorId = await IdentitySequences.NextIdAsync(connection, "mentors", cancellationToken);
        var mentors = DemoMentors.Generate(employers[..mentorEmployers], options.Mentors, firstMentorId, today);

        var bulk = options.Mentors > BulkThreshold;
        var (offered, wanted) = bulk
            ? await ForeignKeySuspension.RunAsync(db.Database, () => CopyAsync(connection, employers, gaps, mentors, options.Mentors, cancellationToken), cancellationToken)
            : await InsertAsync(db, employers, gaps, mentors, cancellationToken);

        await IdentitySequences.SetLastIdAsync(connection, "employers", employers[^1].Id, cancellationToken);
        await IdentitySequences.SetLastIdAsync(connection, "skills_gaps", gaps[^1].Id, cancellationToken);
        await IdentitySequences.SetLastIdAsync(connection, "mentors", firstMentorId + options.Mentors - 1, cancellationToken);
        db.ChangeTracker.Clear();
        var programmes = await new ProgrammeSeeder(db, progress, scorer, clock).SeedAsync(employers, gaps, cancellationToken);
        await new WebinarSeeder(db, progress, clock).SeedAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (bulk)
        {
            // Fresh statistics, so that the first spatial and skill queries get sensible plans.
            await db.Database.ExecuteSqlRawAsync($"ANALYZE {Tables}", cancellationToken);
        }

        progress.Completed(
            $"Seeded {employers.Count:N0} employers, {gaps.Count:N0} skills gaps ({gaps.Count(g => g.Status == SkillsGapStatus.Open):N0} open) " +
            $"and {options.Mentors:N0} mentors offering {offered:N0} and wanting {wanted:N0} skills; " +
            $"{programmes.Programmes} programmes with {programmes.EnrolledMentors} mentors enrolled and {programmes.Pairings} pairings");
    }

    private async Task<(long Offered, long Wanted)> CopyAsync(
        NpgsqlConnection connection, List<Employer> employers, List<SkillsGap> gaps, IEnumerable<Mentor> mentors, int count, CancellationToken cancellationToken)
    {
        await new EmployerCopyWriter(connection, progress).WriteAsync(employers, gaps, cancellationToken);
        return await new MentorCopyWriter(connection, progress).WriteAsync(mentors, count, cancellationToken);
    }

    private async Task<(long Offered, long Wanted)> InsertAsync(
        NetworkDbContext db, List<Employer> employers, List<SkillsGap> gaps, IEnumerable<Mentor> mentors, CancellationToken cancellationToken)
    {
        var list = mentors.ToList();
        db.Employers.AddRange(employers);
        db.SkillsGaps.AddRange(gaps);
        db.Mentors.AddRange(list);
        await db.SaveChangesAsync(cancellationToken);
        progress.Report("Employers", employers.Count, employers.Count);
        progress.Report("Mentors", list.Count, list.Count);
        return (list.Sum(m => m.Offers.Count), list.Sum(m => m.Wants.Count));
    }
}
