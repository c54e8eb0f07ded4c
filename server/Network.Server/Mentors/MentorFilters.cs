using Network.Server.Employers;
using Network.Server.GraphQL.Filtering;
using Network.Server.GraphQL.Sorting;
using Network.Server.Skills;

namespace Network.Server.Mentors;

public static class MentorFilters
{
    public static FilterDefinition<OfferedSkill> OfferedSkillFilters { get; } = new FilterDefinition<OfferedSkill>("OfferedSkillFilterInput")
        .Related("skill", s => s.Skill, () => SkillFilters.Definition)
        .Field("level", s => s.Level);

    public static FilterDefinition<WantedSkill> WantedSkillFilters { get; } = new FilterDefinition<WantedSkill>("WantedSkillFilterInput")
        .Related("skill", s => s.Skill, () => SkillFilters.Definition)
        .Field("level", s => s.Level);

    // Personal fields (name, email, job title) are neither filterable nor sortable: either would let a
    // caller who may not read them learn them by asking the right questions.
    public static FilterDefinition<Mentor> Definition { get; } = new FilterDefinition<Mentor>("MentorFilterInput")
        .Id("id", m => m.Id, "Mentor")
        .Field("careerStage", m => m.CareerStage)
        .Field("capacity", m => m.Capacity)
        .Field("format", m => m.Format)
        .Field("maxTravelKm", m => m.MaxTravelKm)
        .Field("localAuthorityCode", m => m.LocalAuthorityCode)
        .ScalarList("availability", m => m.Availability)
        .Related("employer", m => m.Employer, () => EmployerFilters.Definition)
        .List("offers", m => m.Offers, () => OfferedSkillFilters)
        .List("wants", m => m.Wants, () => WantedSkillFilters)
        .Field("createdAt", m => m.CreatedAt);

    public static SortDefinition<Mentor> Sorting { get; } = new SortDefinition<Mentor>("MentorSortInput")
        .Field("careerStage", m => m.CareerStage)
        .Field("capacity", m => m.Capacity)
        .Field("maxTravelKm", m => m.MaxTravelKm)
        .Field("createdAt", m => m.CreatedAt)
        .Related("employer", m => m.Employer, EmployerFilters.Sorting)
        .Distance();
}
