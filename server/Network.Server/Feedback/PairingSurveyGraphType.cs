using GraphQL.Types;
using Network.Server.GraphQL.Access;
using Network.Server.Identity;

namespace Network.Server.Feedback;

public sealed class PairingSurveyGraphType : ObjectGraphType<PairingSurvey>
{
    public PairingSurveyGraphType()
    {
        Name = "PairingSurvey";
        Description = "A mentor's own answers to the end-of-pairing survey; others see surveys only as a count (`Pairing.feedbackSummary`).";
        this.ReadableBy(Role.Mentor, Role.Admin);
        this.DataSubject(s => new DataSubject(s.AuthorMentorId, s.AuthorEmployerId));
        Field(s => s.Satisfaction).Description("How satisfied the mentor is with the pairing, 1 to 5.");
        Field(s => s.LikelihoodToRecommend).Description("How likely the mentor is to recommend mentoring in the network, 0 to 10.");
        Field(s => s.WouldDoAgain).Description("Whether the mentor would be paired again.");
        Field(s => s.Comment, nullable: true).Description("Anything else, in the author's words.").PersonalData(PersonalDataKind.Confidential);
        Field(s => s.CompletedAt);
    }
}
