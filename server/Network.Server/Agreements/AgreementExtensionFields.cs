using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Pairings;

namespace Network.Server.Agreements;

/// <summary>The fields agreements add to other features' types.</summary>
internal static class AgreementExtensionFields
{
    /// <summary>Adds <c>Pairing.agreement</c> and <c>Pairing.agreementHistory</c>, seen by whoever sees the pairing.</summary>
    public static void AddAgreementFields(this PairingGraphType pairing)
    {
        pairing.Field<PairingAgreementGraphType>("agreement")
            .Description("The latest version of the partners' agreement, agreed or still to be confirmed; null until one is proposed.")
            .Resolve(c => c.Service<AgreementsByPairingIdDataLoader>().LoadAsync(c.Source.Id).Then(all => all.Count > 0 ? all[0] : null));
        pairing.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PairingAgreementGraphType>>>>("agreementHistory")
            .Description("Every version of the partners' agreement, newest first.")
            .Resolve(c => c.Service<AgreementsByPairingIdDataLoader>().LoadAsync(c.Source.Id));
    }
}
