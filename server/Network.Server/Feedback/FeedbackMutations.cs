using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Pairings;
using Network.Server.Sessions;
using Network.Server.Skills;

namespace Network.Server.Feedback;

/// <summary>
/// A pairing's two mentors rate its held sessions, check in on their confidence in the skills they learn, and
/// answer the end-of-pairing survey. Each answer is one row per mentor (and stage and skill), which answering
/// again replaces. Every refusal writes nothing; a pairing or session the caller cannot see is not found.
/// </summary>
internal static class FeedbackMutations
{
    private static readonly MutationResult<SessionRatingPayload> RatingResult =
        new("rating", () => new GraphQLTypeReference("SessionRating"), p => p.Rating, p => p.Errors, SessionRatingPayload.Failed);

    private static readonly MutationResult<ConfidenceCheckInPayload> ConfidenceResult =
        new("ratings", () => new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("ConfidenceRating"))), p => p.Ratings, p => p.Errors, ConfidenceCheckInPayload.Failed);

    private static readonly MutationResult<PairingSurveyPayload> SurveyResult =
        new("survey", () => new GraphQLTypeReference("PairingSurvey"), p => p.Survey, p => p.Errors, PairingSurveyPayload.Failed);

    private static readonly AccessRule TheMentors = CallerAccess.Roles("the pairing's two mentors, each for themself", Role.Mentor);

    public static void AddFeedbackMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<RateSessionInput, SessionRatingPayload>(
            "rateSession",
            "Rates a HELD session of the caller's, 1 to 5, with what helped in their words (read only by them and administrators); rating again replaces their rating. " +
                "Others see ratings only in aggregate.",
            TheMentors,
            RatingResult,
            RateSessionAsync);

        mutation.Mutation<RateConfidenceInput, ConfidenceCheckInPayload>(
            "rateConfidence",
            "Checks in on the caller's confidence, 1 to 5, in skills their partner teaches them in an ACCEPTED, ACTIVE or COMPLETED pairing, at its START, MIDPOINT or END; " +
                "rating a skill again at the same stage replaces the rating. Only the caller reads their ratings.",
            TheMentors,
            ConfidenceResult,
            RateConfidenceAsync);

        mutation.Mutation<CompletePairingSurveyInput, PairingSurveyPayload>(
            "completePairingSurvey",
            "Answers the end-of-pairing survey of an ACTIVE or COMPLETED pairing of the caller's; answering again replaces their answers. " +
                "Only the caller reads their answers; others see how many surveys were completed.",
            TheMentors,
            SurveyResult,
            CompleteSurveyAsync);
    }

    [Error<InvalidIdError>]
    [Error<SessionNotFoundError>]
    [Error<SessionNotHeldError>]
    [Error<OutOfRangeError>]
    [Error<ValueTooLongError>]
    private static async Task<SessionRatingPayload> RateSessionAsync(MutationContext<RateSessionInput> m)
    {
        var v = m.Validator;
        var key = v.Id("sessionId", m.Input.SessionId, "Session");
        var rating = v.Range("rating", m.Input.Rating, FeedbackRules.MinRating, FeedbackRules.MaxRating);
        var whatHelped = v.OptionalText("whatHelped", m.Input.WhatHelped, FeedbackRules.MaxWhatHelpedLength);
        if (!v.IsValid)
        {
            return SessionRatingPayload.Failed(v.Errors);
        }

        var session = await m.Db.PairingSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == key, m.CancellationToken);
        var pairing = session is null ? null : await m.Db.Pairings.AsNoTracking().SingleAsync(p => p.Id == session.PairingId, m.CancellationToken);
        if (session is null || !PairingAccess.IsVisible(m.Caller(), pairing!))
        {
            return SessionRatingPayload.Failed([new SessionNotFoundError($"No session has the ID {m.Input.SessionId}.", m.Input.SessionId)]);
        }

        if (!PairingAccess.IsMentorOf(m.Caller(), pairing!))
        {
            return SessionRatingPayload.Failed([m.NotOwner()]);
        }

        if (session.Status != SessionStatus.Held)
        {
            return SessionRatingPayload.Failed([new SessionNotHeldError(
                $"A session is rated once both mentors have said it was HELD; this one is {session.Status.ToString().ToUpperInvariant()}.", m.Input.SessionId, session.Status)]);
        }

        var me = m.Caller().MentorId!.Value;
        return await m.Db.UpsertAsync(async () =>
        {
            var row = await m.Db.SessionRatings.SingleOrDefaultAsync(r => r.SessionId == session.Id && r.AuthorMentorId == me, m.CancellationToken);
            if (row is null)
            {
                row = new SessionRating { SessionId = session.Id, AuthorMentorId = me, AuthorEmployerId = EmployerOf(pairing!, me), PairingId = pairing!.Id };
                m.Db.SessionRatings.Add(row);
            }

            row.Rating = rating;
            row.WhatHelped = whatHelped;
            row.RatedAt = m.Clock.GetUtcNow();
            await m.Db.SaveChangesAsync(m.CancellationToken);
            return new SessionRatingPayload(row, null);
        });
    }

    [Error<InvalidIdError>]
    [Error<PairingNotFoundError>]
    [Error<FeedbackNotOpenError>]
    [Error<OutOfRangeError>]
    [Error<DuplicateSkillError>]
    [Error<SkillNotLearnedError>]
    private static async Task<ConfidenceCheckInPayload> RateConfidenceAsync(MutationContext<RateConfidenceInput> m)
    {
        var v = m.Validator;
        var pairingKey = v.Id("pairingId", m.Input.PairingId, "Pairing");
        if (m.Input.Ratings.Count is < 1 or > FeedbackRules.MaxConfidenceRatings)
        {
            v.Add(new OutOfRangeError($"ratings must hold between 1 and {FeedbackRules.MaxConfidenceRatings} skills.", "ratings", 1, FeedbackRules.MaxConfidenceRatings));
        }

        var ratings = m.Input.Ratings.Select((r, i) => (
            Index: i,
            r.SkillId,
            SkillKey: v.Id($"ratings[{i}].skillId", r.SkillId, "Skill"),
            Confidence: v.Range($"ratings[{i}].confidence", r.Confidence, FeedbackRules.MinConfidence, FeedbackRules.MaxConfidence))).ToList();
        var seen = new HashSet<int>();
        foreach (var r in ratings.Where(r => r.SkillKey != 0 && !seen.Add(r.SkillKey)))
        {
            v.Add(new DuplicateSkillError($"{r.SkillId} is rated more than once.", $"ratings[{r.Index}].skillId", r.SkillId));
        }

        if (!v.IsValid)
        {
            return ConfidenceCheckInPayload.Failed(v.Errors);
        }

        var (pairing, error) = await FindPairingAsync(m, pairingKey, m.Input.PairingId, FeedbackRules.CheckInStatuses, "Confidence check-ins are for ACCEPTED, ACTIVE and COMPLETED pairings");
        if (pairing is null)
        {
            return ConfidenceCheckInPayload.Failed([error!]);
        }

        var me = m.Caller().MentorId!.Value;
        var mySide = me == pairing.MentorAId ? PairingSide.A : PairingSide.B;
        var learned = await m.Db.PairingSkills.AsNoTracking()
            .Where(s => s.PairingId == pairing.Id && s.Teacher != mySide)
            .Select(s => s.SkillId)
            .ToListAsync(m.CancellationToken);
        foreach (var r in ratings.Where(r => !learned.Contains(r.SkillKey)))
        {
            v.Add(new SkillNotLearnedError(
                $"A mentor rates their confidence in skills their partner teaches them; in this pairing their partner does not teach them {r.SkillId}.", $"ratings[{r.Index}].skillId", r.SkillId));
        }

        if (!v.IsValid)
        {
            return ConfidenceCheckInPayload.Failed(v.Errors);
        }

        var stage = m.Input.Stage;
        var now = m.Clock.GetUtcNow();
        return await m.Db.UpsertAsync(async () =>
        {
            var existing = await m.Db.ConfidenceRatings
                .Where(r => r.PairingId == pairing.Id && r.MentorId == me && r.Stage == stage)
                .ToDictionaryAsync(r => r.SkillId, m.CancellationToken);
            var saved = new List<ConfidenceRating>();
            foreach (var r in ratings)
            {
                if (!existing.TryGetValue(r.SkillKey, out var row))
                {
                    row = new ConfidenceRating { PairingId = pairing.Id, MentorId = me, Stage = stage, SkillId = r.SkillKey };
                    m.Db.ConfidenceRatings.Add(row);
                }

                row.Confidence = r.Confidence;
                row.RatedAt = now;
                saved.Add(row);
            }

            await m.Db.SaveChangesAsync(m.CancellationToken);
            return new ConfidenceCheckInPayload(saved, null);
        });
    }

    [Error<InvalidIdError>]
    [Error<PairingNotFoundError>]
    [Error<FeedbackNotOpenError>]
    [Error<OutOfRangeError>]
    [Error<ValueTooLongError>]
    private static async Task<PairingSurveyPayload> CompleteSurveyAsync(MutationContext<CompletePairingSurveyInput> m)
    {
        var v = m.Validator;
        var input = m.Input;
        var pairingKey = v.Id("pairingId", input.PairingId, "Pairing");
        var satisfaction = v.Range("satisfaction", input.Satisfaction, FeedbackRules.MinSatisfaction, FeedbackRules.MaxSatisfaction);
        var recommend = v.Range("likelihoodToRecommend", input.LikelihoodToRecommend, FeedbackRules.MinRecommend, FeedbackRules.MaxRecommend);
        var comment = v.OptionalText("comment", input.Comment, FeedbackRules.MaxCommentLength);
        if (!v.IsValid)
        {
            return PairingSurveyPayload.Failed(v.Errors);
        }

        var (pairing, error) = await FindPairingAsync(m, pairingKey, input.PairingId, FeedbackRules.SurveyStatuses, "The end-of-pairing survey is for ACTIVE and COMPLETED pairings");
        if (pairing is null)
        {
            return PairingSurveyPayload.Failed([error!]);
        }

        var me = m.Caller().MentorId!.Value;
        return await m.Db.UpsertAsync(async () =>
        {
            var survey = await m.Db.PairingSurveys.SingleOrDefaultAsync(s => s.PairingId == pairing.Id && s.AuthorMentorId == me, m.CancellationToken);
            if (survey is null)
            {
                survey = new PairingSurvey { PairingId = pairing.Id, AuthorMentorId = me, AuthorEmployerId = EmployerOf(pairing, me) };
                m.Db.PairingSurveys.Add(survey);
            }

            survey.Satisfaction = satisfaction;
            survey.LikelihoodToRecommend = recommend;
            survey.WouldDoAgain = input.WouldDoAgain;
            survey.Comment = comment;
            survey.CompletedAt = m.Clock.GetUtcNow();
            await m.Db.SaveChangesAsync(m.CancellationToken);
            return new PairingSurveyPayload(survey, null);
        });
    }

    /// <summary>The pairing, for one of its two mentors while it is in one of the statuses given; not found for anyone who cannot see it, refused for others who can.</summary>
    private static async Task<(Pairing? Pairing, UserError? Error)> FindPairingAsync(MutationContext m, int key, string pairingId, PairingStatus[] statuses, string rule)
    {
        var pairing = await m.Db.Pairings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == key, m.CancellationToken);
        if (pairing is null || !PairingAccess.IsVisible(m.Caller(), pairing))
        {
            return (null, new PairingNotFoundError($"No pairing has the ID {pairingId}.", pairingId));
        }

        if (!PairingAccess.IsMentorOf(m.Caller(), pairing))
        {
            return (null, m.NotOwner());
        }

        return statuses.Contains(pairing.Status)
            ? (pairing, null)
            : (null, new FeedbackNotOpenError($"{rule}; this one is {pairing.Status.ToString().ToUpperInvariant()}.", GlobalId.Serialize("Pairing", pairing.Id), pairing.Status));
    }

    private static int EmployerOf(Pairing pairing, int mentorId) => mentorId == pairing.MentorAId ? pairing.EmployerAId : pairing.EmployerBId;
}
