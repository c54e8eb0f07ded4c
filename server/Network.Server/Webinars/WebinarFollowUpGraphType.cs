using GraphQL.Types;
using Network.Server.Evaluation;

namespace Network.Server.Webinars;

public sealed class WebinarFollowUpGraphType : ObjectGraphType<WebinarFollowUp>
{
    public WebinarFollowUpGraphType()
    {
        Name = "WebinarFollowUp";
        Description = "What came of a webinar once it is over. Registrants are mentors and employers registered by their admins, one each; " +
            "counts of 1 to 4 are withheld (value null, suppressedReason set), and so are enough further sector and local-authority rows that none can be worked out from the totals.";
        Field<NonNullGraphType<EvaluationFigureGraphType>>("registered").Description("Registrants who held a seat.").Resolve(c => c.Source.Registered);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("attended").Description("Registrants recorded as having come.").Resolve(c => c.Source.Attended);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebinarFollowUpGroupGraphType>>>>("bySector")
            .Description("By the sector of the registrant's employer (a mentor's own employer); the rows add up to the totals.")
            .Resolve(c => c.Source.BySector);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebinarFollowUpGroupGraphType>>>>("byLocalAuthority")
            .Description("By the local authority of the registrant's employer; the rows add up to the totals.")
            .Resolve(c => c.Source.ByLocalAuthority);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebinarFollowUpGroupGraphType>>>>("byTopic")
            .Description("For each topic skill, in the webinar's order, the registrants who want it: mentors who list it as wanted, employers with an open skills gap in it. " +
                "A registrant may want several topics, so the rows do not add up to the totals.")
            .Resolve(c => c.Source.ByTopic);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("enrolledAfter")
            .Description("Attendees who enrolled in a programme after the webinar started (for an employer, any of its mentors).")
            .Resolve(c => c.Source.EnrolledAfter);
        Field<NonNullGraphType<EvaluationFigureGraphType>>("pairedAfter")
            .Description("Attendees in a pairing accepted after the webinar started (for an employer, any of its mentors).")
            .Resolve(c => c.Source.PairedAfter);
    }
}
