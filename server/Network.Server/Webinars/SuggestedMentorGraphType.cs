using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Skills;

namespace Network.Server.Webinars;

/// <summary>
/// What an organiser sees of a suggested mentor: no name, email, job title, employer or place, only what makes the
/// mentor fit and an ID to invite them by. The ID opens no more: organisers read no personal field of a mentor.
/// </summary>
public sealed class SuggestedMentorGraphType : ObjectGraphType<SuggestedMentor>
{
    public SuggestedMentorGraphType()
    {
        Name = "SuggestedMentor";
        Description = "A mentor who wants a webinar's topics, ranked by score, with the reasons; nothing that names or places the person. " +
            "For the webinar's organiser and administrators, who invite the mentor by `mentorId`.";
        this.ReadableBy(Role.Organiser, Role.Admin);
        Field<NonNullGraphType<IdGraphType>>("mentorId")
            .Description("The mentor's ID, for `inviteToWebinar`.")
            .Resolve(c => GlobalId.Serialize("Mentor", c.Source.MentorId));
        Field(s => s.CareerStage);
        Field<IntGraphType>("distanceKm")
            .Description("Kilometres to an IN_PERSON webinar's venue, rounded to the nearest whole one; null for ONLINE webinars.")
            .Resolve(c => c.Source.DistanceKm is { } km ? (int)km : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillGraphType>>>>("wantedTopics")
            .Description("The webinar's topics the mentor wants to learn, in the webinar's order.")
            .Resolve(c => c.Service<SkillByIdDataLoader>().LoadManyAsync([.. c.Source.WantedSkillIds]).Then(skills => skills.OfType<Skill>().ToList()));
        this.AddSuggestionFields(s => s.Score, s => s.Reasons, s => s.InvitationId, s => s.RegistrationStatus);
    }
}
