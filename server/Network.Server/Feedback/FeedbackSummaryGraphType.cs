using GraphQL.Types;
using Network.Server.Identity;
using Network.Server.Pairings;

namespace Network.Server.Feedback;

public sealed class FeedbackSummaryGraphType : ObjectGraphType<FeedbackSummary>
{
    public FeedbackSummaryGraphType()
    {
        Name = "FeedbackSummary";
        Description = "A pairing's feedback in aggregate, for whoever sees the pairing: no one's individual score or words.";
        this.ReadableBy(PairingAccess.Readers);
        Field(s => s.SessionRatingCount).Description("How many session ratings the pairing's mentors gave.");
        Field(s => s.MeanSessionRating, nullable: true).Description("The mean of those ratings, 1 to 5; null when there are none.");
        Field(s => s.SurveyCount).Description("How many of the two mentors completed the end-of-pairing survey.");
    }
}
