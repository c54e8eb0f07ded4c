using Network.Server.Employers;
using Network.Server.Hosting;
using Network.Server.Identity;

namespace Network.Server.Mentors;

/// <summary>Volunteer mentors: their profiles, the skills they offer and want, the mentors they block, and withdrawal.</summary>
public sealed class MentorsModule : IFeatureModule
{
    public void Register(FeatureBuilder feature) => feature
        .Node<MentorByIdDataLoader, Mentor>("Mentor", MentorAccess.IsVisible)
        .DataLoader<MentorsByEmployerIdDataLoader>()
        .DataLoader<OfferedSkillsByMentorIdDataLoader>()
        .DataLoader<WantedSkillsByMentorIdDataLoader>()
        .DataLoader<BlockedMentorsByMentorIdDataLoader>()
        .TypeMapping<MentorSkillInput, MentorSkillInputGraphType>()
        .Extend<EmployerGraphType>(employer => employer.AddMentorsField())
        .Extend<ViewerGraphType>(viewer => viewer.AddMentorField())
        .Filter(MentorFilters.Definition)
        .Sort(MentorFilters.Sorting)
        .Query(MentorQueries.AddMentorQueries)
        .Mutation(MentorMutations.AddMentorMutations)
        .Mutation(MentorBlockMutations.AddMentorBlockMutations)
        .Events<MentorEvents>();
}
