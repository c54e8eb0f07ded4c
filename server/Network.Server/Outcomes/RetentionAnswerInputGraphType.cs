using GraphQL.Types;

namespace Network.Server.Outcomes;

public sealed class RetentionAnswerInputGraphType : AutoRegisteringInputObjectGraphType<RetentionAnswerInput>
{
    public RetentionAnswerInputGraphType()
    {
        Name = "RetentionAnswerInput";
        Description = "Whether one of the employer's enrolled mentors still works there.";
    }
}
