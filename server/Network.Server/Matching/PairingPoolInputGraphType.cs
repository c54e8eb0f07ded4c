using GraphQL.Types;

namespace Network.Server.Matching;

/// <summary>The pool of a plan: <c>@oneOf</c>, so GraphQL validation refuses none or more than one.</summary>
public sealed class PairingPoolInputGraphType : InputObjectGraphType<PairingPoolInput>
{
    public PairingPoolInputGraphType()
    {
        Name = "PairingPoolInput";
        Description = "The mentors a plan is for: their IDs, a filter over active mentors, or a programme's ready mentors; exactly one of the three.";
        IsOneOf = true;
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("mentorIds").Description("The pool's mentors.");
        Field("where", new GraphQLTypeReference("MentorFilterInput")).Description("The pool as a filter over active mentors.");
        Field<IdGraphType>("programmeId")
            .Description("A recruiting or running programme: its enrolled mentors who have completed its required training and accepted its current code of conduct. " +
                "Pairs score higher for the skills and gaps its objectives target.");
    }
}
