using Network.Server.Hosting;

namespace Network.Server.PersonalData;

/// <summary>A mentor's rights over their own data: a copy of everything held, and erasure.</summary>
public sealed class PersonalDataModule : IFeatureModule
{
    public void Register(FeatureBuilder feature) => feature
        .Types(typeof(PersonalDataExportGraphType))
        .Mutation(PersonalDataMutations.AddPersonalDataMutations);
}
