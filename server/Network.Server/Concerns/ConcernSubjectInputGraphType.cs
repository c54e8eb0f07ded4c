using GraphQL.Types;

namespace Network.Server.Concerns;

/// <summary>What a concern is about: <c>@oneOf</c>, so GraphQL validation refuses none or both.</summary>
public sealed class ConcernSubjectInputGraphType : InputObjectGraphType<ConcernSubjectInput>
{
    public ConcernSubjectInputGraphType()
    {
        Name = "ConcernSubjectInput";
        Description = "What a concern is about: one of the reporter's pairings within the programme, or another participant of the programme; exactly one of the two.";
        IsOneOf = true;
        Field<IdGraphType>("pairingId").Description("A pairing of the reporter's, made within the programme.");
        Field<IdGraphType>("mentorId").Description("Another mentor nominated for, enrolled in or withdrawn from the programme.");
    }
}
