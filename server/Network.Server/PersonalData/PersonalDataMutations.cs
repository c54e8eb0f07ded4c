using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Agreements;
using Network.Server.Auditing;
using Network.Server.Concerns;
using Network.Server.Feedback;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Outcomes;
using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.Sessions;
using Network.Server.Training;
using Network.Server.Webinars;

namespace Network.Server.PersonalData;

/// <summary>A mentor's rights over their own data: a copy of everything held, and erasure.</summary>
internal static class PersonalDataMutations
{
    private static readonly AccessRule Mentors = CallerAccess.Roles("mentors, on their own data", Role.Mentor);

    private static readonly MutationResult<ExportMyDataPayload> ExportResult =
        new("export", () => new GraphQLTypeReference("PersonalDataExport"), p => p.Export, p => p.Errors, ExportMyDataPayload.Failed);

    private static readonly MutationResult<MentorPayload> EraseResult =
        new("mentor", () => new GraphQLTypeReference("Mentor"), p => p.Mentor, p => p.Errors, MentorPayload.Failed);

    public static void AddPersonalDataMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation(
            "exportMyData",
            "Returns everything the network holds about the calling mentor, including the log of actions on their data. The export itself is logged.",
            Mentors,
            ExportResult,
            ExportAsync);

        mutation.Mutation(
            "eraseMyData",
            "Erases the calling mentor's personal data (name, email, job title, the descriptions of concerns they raised, and their session notes) and withdraws them, closing their open pairings as withdrawMentor does. Skills, career stage, employer and district stay, unnamed, in anonymised figures, " +
            "and blocks stay in force both ways: they hold no name, and are there for someone's safety. Erasing again changes nothing.",
            Mentors,
            EraseResult,
            EraseAsync);
    }

    [Error<MentorNotFoundError>]
    private static async Task<ExportMyDataPayload> ExportAsync(MutationContext<NoInput> m)
    {
        var mentor = await FindCallerAsync(m);
        if (mentor is null)
        {
            return ExportMyDataPayload.Failed([NotBound(m.Caller())]);
        }

        m.Audit("Mentor", mentor.Id);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        var log = await m.Db.AuditEntries.AsNoTracking()
            .Where(a => a.SubjectType == "Mentor" && a.SubjectId == mentor.Id)
            .OrderBy(a => a.OccurredAt).ThenBy(a => a.Id)
            .ToListAsync(m.CancellationToken);
        var pairings = await m.Db.Pairings.AsNoTracking()
            .Where(p => p.MentorAId == mentor.Id || p.MentorBId == mentor.Id)
            .OrderBy(p => p.ProposedAt).ThenBy(p => p.Id)
            .ToListAsync(m.CancellationToken);

        // Only the blocks the mentor made: a block of them is the other mentor's, who is never to be disclosed.
        var blocks = await m.Db.MentorBlocks.AsNoTracking()
            .Where(b => b.MentorId == mentor.Id)
            .OrderBy(b => b.BlockedAt).ThenBy(b => b.BlockedMentorId)
            .ToListAsync(m.CancellationToken);
        var enrolments = await m.Db.ProgrammeEnrolments.AsNoTracking()
            .Where(e => e.MentorId == mentor.Id)
            .OrderBy(e => e.Id)
            .ToListAsync(m.CancellationToken);
        var training = await m.Db.TrainingCompletions.AsNoTracking()
            .Where(t => t.MentorId == mentor.Id)
            .OrderBy(t => t.CompletedAt).ThenBy(t => t.TrainingModuleId)
            .ToListAsync(m.CancellationToken);

        // Only the concerns the mentor raised: one raised about them is the reporter's, who is never to be disclosed.
        var concerns = await m.Db.ConcernReports.AsNoTracking()
            .Include(c => c.Actions.OrderBy(a => a.Id))
            .Where(c => c.ReporterMentorId == mentor.Id)
            .OrderBy(c => c.ReportedAt).ThenBy(c => c.Id)
            .ToListAsync(m.CancellationToken);
        var notes = await m.Db.SessionNotes.AsNoTracking()
            .Where(n => n.AuthorMentorId == mentor.Id)
            .OrderBy(n => n.UpdatedAt).ThenBy(n => n.SessionId)
            .ToListAsync(m.CancellationToken);
        var ratings = await m.Db.SessionRatings.AsNoTracking()
            .Where(r => r.AuthorMentorId == mentor.Id)
            .OrderBy(r => r.RatedAt).ThenBy(r => r.SessionId)
            .ToListAsync(m.CancellationToken);
        var confidence = await m.Db.ConfidenceRatings.AsNoTracking()
            .Where(r => r.MentorId == mentor.Id)
            .OrderBy(r => r.RatedAt).ThenBy(r => r.PairingId).ThenBy(r => r.Stage).ThenBy(r => r.SkillId)
            .ToListAsync(m.CancellationToken);
        var surveys = await m.Db.PairingSurveys.AsNoTracking()
            .Where(x => x.AuthorMentorId == mentor.Id)
            .OrderBy(x => x.CompletedAt).ThenBy(x => x.PairingId)
            .ToListAsync(m.CancellationToken);
        var retention = await m.Db.RetentionChecks.AsNoTracking()
            .Where(r => r.MentorId == mentor.Id)
            .OrderBy(r => r.RecordedAt).ThenBy(r => r.ProgrammeId).ThenBy(r => r.Checkpoint)
            .ToListAsync(m.CancellationToken);
        var webinarRegistrations = await m.Db.WebinarRegistrations.AsNoTracking()
            .Where(r => r.MentorId == mentor.Id)
            .OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id)
            .ToListAsync(m.CancellationToken);
        var webinarInvitations = await m.Db.WebinarInvitations.AsNoTracking()
            .Where(i => i.MentorId == mentor.Id)
            .OrderBy(i => i.InvitedAt).ThenBy(i => i.Id)
            .ToListAsync(m.CancellationToken);
        return new ExportMyDataPayload(
            new PersonalDataExport(
                m.Clock.GetUtcNow(), mentor, pairings, blocks, enrolments, training, concerns, notes, ratings, confidence, surveys, retention, webinarRegistrations, webinarInvitations, log),
            null);
    }

    [Error<MentorNotFoundError>]
    private static async Task<MentorPayload> EraseAsync(MutationContext<NoInput> m)
    {
        if (m.Caller().MentorId is not { } id)
        {
            return MentorPayload.Failed([NotBound(m.Caller())]);
        }

        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        var (mentor, leave) = await MentorDeparture.LockAsync(m, id);
        if (mentor is null)
        {
            return MentorPayload.Failed([NotBound(m.Caller())]);
        }

        if (mentor.ErasedAt is not null)
        {
            return new MentorPayload(mentor, null);
        }

        // Blocks stay, both those the mentor made and those of them: they hold no name, only two IDs and a
        // date, and someone relies on each of them to keep away from someone else.
        var now = m.Clock.GetUtcNow();
        mentor.DisplayName = null;
        mentor.Email = null;
        mentor.JobTitle = null;
        mentor.Status = MentorStatus.Withdrawn;
        mentor.WithdrawnAt ??= now;
        mentor.ErasedAt = now;
        mentor.UpdatedAt = now;
        m.Audit("Mentor", mentor.Id);
        leave(m, now);

        // The concerns the mentor raised stay for the programme's records, without what the mentor wrote.
        await m.Db.ConcernReports.Where(c => c.ReporterMentorId == mentor.Id && c.Description != null)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Description, (string?)null).SetProperty(x => x.UpdatedAt, now), m.CancellationToken);
        await m.Db.SessionNotes.Where(n => n.AuthorMentorId == mentor.Id).ExecuteDeleteAsync(m.CancellationToken);

        // The pairings' agreements stay as their partners' records, without the goals the mentor wrote.
        await m.Db.AgreementGoals.Where(g => g.OwnerMentorId == mentor.Id && g.Statement != null)
            .ExecuteUpdateAsync(g => g.SetProperty(x => x.Statement, (string?)null), m.CancellationToken);

        // Feedback scores stay in the pairings' aggregates, without what the mentor wrote.
        await m.Db.SessionRatings.Where(r => r.AuthorMentorId == mentor.Id && r.WhatHelped != null)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.WhatHelped, (string?)null), m.CancellationToken);
        await m.Db.PairingSurveys.Where(x => x.AuthorMentorId == mentor.Id && x.Comment != null)
            .ExecuteUpdateAsync(x => x.SetProperty(y => y.Comment, (string?)null), m.CancellationToken);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return new MentorPayload(mentor, null);
    }

    private static async Task<Mentor?> FindCallerAsync(MutationContext<NoInput> m) =>
        m.Caller().MentorId is { } id ? await m.Db.Mentors.SingleOrDefaultAsync(x => x.Id == id, m.CancellationToken) : null;

    private static UserError NotBound(Caller caller) =>
        caller.MentorId is { } id
            ? new MentorNotFoundError("The mentor your token names does not exist.", GlobalId.Serialize("Mentor", id))
            : new NotAuthorizedError("Your token does not name a mentor.");
}
