using GraphQL.Types;
using Network.Server.GraphQL.Access;
using Network.Server.Identity;

namespace Network.Server.Feedback;

public sealed class SessionRatingGraphType : ObjectGraphType<SessionRating>
{
    public SessionRatingGraphType()
    {
        Name = "SessionRating";
        Description = "A mentor's own rating of a held session; others see ratings only in aggregate (`Pairing.feedbackSummary`).";
        this.ReadableBy(Role.Mentor, Role.Admin);
        this.DataSubject(r => new DataSubject(r.AuthorMentorId, r.AuthorEmployerId));
        Field(r => r.Rating).Description("How useful the session was, 1 to 5.");
        Field(r => r.WhatHelped, nullable: true).Description("What helped, in the author's words.").PersonalData(PersonalDataKind.Confidential);
        Field(r => r.RatedAt);
    }
}
