using GraphQL;
using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Pairings;

namespace Network.Server.Sessions;

/// <summary>The fields sessions add to other features' types.</summary>
internal static class SessionExtensionFields
{
    /// <summary>Adds <c>Pairing.sessions</c>: the pairing's sessions, earliest first.</summary>
    public static void AddSessionsField(this PairingGraphType pairing) =>
        pairing.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SessionGraphType>>>>("sessions")
            .Description("The pairing's sessions, earliest first, optionally only those in the statuses given.")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<SessionStatus>>>>("status", "Only sessions in these statuses, such as [SCHEDULED] for what is coming.")
            .Resolve(c =>
            {
                var statuses = c.GetArgument<List<SessionStatus>?>("status");
                return c.Service<SessionsByPairingIdDataLoader>().LoadAsync(c.Source.Id)
                    .Then(all => statuses is null ? all : all.Where(s => statuses.Contains(s.Status)).ToList());
            });
}
