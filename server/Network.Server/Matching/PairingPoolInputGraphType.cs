using GraphQL.Types;

namespace Network.Server.Matching;

/// <summary>The pool of a plan: <c>@oneOf</c>, so GraphQL validation refuses none or both.</summary>
public sealed class PairingPoolInputGraphType : InputObjectGraphType<PairingPoolInput>
{
    public PairingPoolInputGraphType()
    {
        Name = "PairingPoolInput";
        Description = "The mentors a plan is for: their IDs, or a filter over active mentors; exactly one of the two.";
        IsOneOf = true;
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("mentorIds").Description("The pool's mentors.");
        Field("where", new GraphQLTypeReference("MentorFilterInput")).Description("The pool as a filter over active mentors.");
    }
}
