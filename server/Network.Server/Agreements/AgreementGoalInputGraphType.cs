using GraphQL.Types;

namespace Network.Server.Agreements;

public sealed class AgreementGoalInputGraphType : AutoRegisteringInputObjectGraphType<AgreementGoalInput>
{
    public AgreementGoalInputGraphType()
    {
        Name = "AgreementGoalInput";
        Description = "A goal of a pairing agreement: what one of the two mentors wants to learn, tied to a skill their partner teaches them.";
    }
}
