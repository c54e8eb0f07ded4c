using GraphQL.Types;

namespace Network.Server.GraphQL.Subscriptions;

/// <summary>The root subscription type: the fields each feature contributes, one per kind of event.</summary>
public sealed class SubscriptionGraphType : ObjectGraphType
{
    public SubscriptionGraphType(SchemaContributions contributions)
    {
        Name = "Subscription";
        contributions.AddSubscriptionFieldsTo(this);
    }
}
