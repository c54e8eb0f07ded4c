using GraphQL.Types;

namespace Network.Server.GraphQL;

/// <summary>The flat root mutation: the fields each feature contributes.</summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType(SchemaContributions contributions)
    {
        Name = "Mutation";
        contributions.AddMutationFieldsTo(this);
    }
}
