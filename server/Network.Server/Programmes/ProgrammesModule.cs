using Network.Server.GraphQL.Relay;
using Network.Server.Hosting;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Pairings;

namespace Network.Server.Programmes;

/// <summary>Mentoring programmes: objectives tied to skills gaps, enrolment, training, a code of conduct, and pairings made within them.</summary>
public sealed class ProgrammesModule : IFeatureModule
{
    public void Register(FeatureBuilder feature)
    {
        feature.Services.AddSingleton<INodeResolver, ObjectiveNodeResolver>();
        feature.Services.AddSingleton<IMentorDepartureHandler, ProgrammeDepartureHandler>();
        feature
            .Node<ProgrammeByIdDataLoader, Programme>("Programme", ProgrammeAccess.IsVisible)
            .DataLoader<ObjectiveByIdDataLoader>()
            .DataLoader<ObjectivesByProgrammeIdDataLoader>()
            .DataLoader<EnrolmentsByProgrammeIdDataLoader>()
            .DataLoader<EnrolmentsByMentorIdDataLoader>()
            .DataLoader<EmployersByProgrammeIdDataLoader>()
            .DataLoader<ConductByProgrammeIdDataLoader>()
            .DataLoader<PairingIdsByProgrammeIdDataLoader>()
            .DataLoader<ProgrammeFiguresDataLoader>()
            .DataLoader<EnrolmentReadinessDataLoader>()
            .DataLoader<ProgrammePairingByPairingIdDataLoader>()
            .TypeMapping<ProgrammeAreaInput, ProgrammeAreaInputGraphType>()
            .TypeMapping<SessionStructureInput, SessionStructureInputGraphType>()
            .Extend<PairingGraphType>(pairing => pairing.AddProgrammeField())
            .Extend<MentorGraphType>(mentor => mentor.AddEnrolmentsField())
            .Filter(ProgrammeFilters.Definition)
            .Sort(ProgrammeFilters.Sorting)
            .Query(ProgrammeQueries.AddProgrammeQueries)
            .Mutation(ProgrammeMutations.AddProgrammeMutations)
            .Mutation(ProgrammeLifecycleMutations.AddProgrammeLifecycleMutations)
            .Mutation(ObjectiveMutations.AddObjectiveMutations)
            .Mutation(EnrolmentMutations.AddEnrolmentMutations)
            .Mutation(ConductMutations.AddConductMutations);
    }
}
