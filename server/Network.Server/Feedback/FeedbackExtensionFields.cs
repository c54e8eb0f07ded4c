using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Identity;
using Network.Server.Pairings;
using Network.Server.Sessions;

namespace Network.Server.Feedback;

/// <summary>The fields feedback adds to other features' types: each mentor's own feedback, and a pairing's in aggregate.</summary>
internal static class FeedbackExtensionFields
{
    /// <summary>Adds <c>Session.myRating</c>.</summary>
    public static void AddRatingField(this SessionGraphType session) =>
        session.Field<SessionRatingGraphType>("myRating")
            .RolesCheckedOnValue()
            .Description("The calling mentor's own rating of the session; null for anyone else, the partner included.")
            .Resolve(c => c.Caller().MentorId is { } me && c.Source.Involves(me)
                ? c.Service<SessionRatingDataLoader>().LoadAsync((c.Source.Id, me))
                : null);

    /// <summary>Adds <c>Pairing.myConfidence</c>, <c>Pairing.mySurvey</c> and <c>Pairing.feedbackSummary</c>.</summary>
    public static void AddFeedbackFields(this PairingGraphType pairing)
    {
        pairing.Field<ListGraphType<NonNullGraphType<ConfidenceRatingGraphType>>>("myConfidence")
            .RolesCheckedOnValue()
            .Description("The calling mentor's own confidence check-ins in the pairing, by stage and skill; null for anyone but its two mentors, each seeing only theirs.")
            .Resolve(c => c.Caller().MentorId is { } me && PairingAccess.IsMentorOf(c.Caller(), c.Source)
                ? c.Service<PairingFeedbackDataLoader>().LoadAsync(c.Source.Id).Then(f => f.Confidence.Where(r => r.MentorId == me).ToList())
                : null);
        pairing.Field<PairingSurveyGraphType>("mySurvey")
            .RolesCheckedOnValue()
            .Description("The calling mentor's own end-of-pairing survey; null until they complete it, and for anyone else, the partner included.")
            .Resolve(c => c.Caller().MentorId is { } me && PairingAccess.IsMentorOf(c.Caller(), c.Source)
                ? c.Service<PairingFeedbackDataLoader>().LoadAsync(c.Source.Id).Then(f => f.Surveys.SingleOrDefault(s => s.AuthorMentorId == me))
                : null);
        pairing.Field<NonNullGraphType<FeedbackSummaryGraphType>>("feedbackSummary")
            .Description("The pairing's feedback in aggregate, for whoever sees the pairing: how many session ratings and their mean, and how many surveys.")
            .Resolve(c => c.Service<PairingFeedbackDataLoader>().LoadAsync(c.Source.Id).Then(f => f.Summary()));
    }
}
