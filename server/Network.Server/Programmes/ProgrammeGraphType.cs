using GraphQL.Types;
using Network.Server.Employers;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Pairings;
using Network.Server.Training;

namespace Network.Server.Programmes;

public sealed class ProgrammeGraphType : ObjectGraphType<Programme>
{
    public ProgrammeGraphType()
    {
        Name = "Programme";
        Description = "A reverse-mentoring programme: objectives tied to skills gaps, the area and sectors it recruits from, its timeframe, " +
            "how its pairs meet, its training and code of conduct, and the pairings made within it. DRAFT → RECRUITING → RUNNING → COMPLETED, or CANCELLED.";
        this.ImplementNode(p => p.Id);
        Field(p => p.Name);
        Field(p => p.Description, nullable: true);
        Field(p => p.Sectors).Description("The sectors whose employers may join.");
        Field<NonNullGraphType<ProgrammeAreaGraphType>>("area").Resolve(c => c.Source);
        Field(p => p.StartsOn);
        Field(p => p.EndsOn);
        Field(p => p.EnrolmentClosesOn).Description("The last day employers may join and mentors enrol.");
        Field<NonNullGraphType<SessionStructureGraphType>>("sessions").Resolve(c => c.Source);
        Field(p => p.MaxPairs).Description("The most pairs the programme takes; twice as many mentors may enrol.");
        Field(p => p.Status);
        Field<NonNullGraphType<BooleanGraphType>>("isEnrolling")
            .Description("Whether employers may join and mentors enrol today: the programme is recruiting or running and its enrolment deadline has not passed.")
            .Resolve(c => c.Source.IsEnrolling(DateOnly.FromDateTime(c.Service<TimeProvider>().GetUtcNow().UtcDateTime)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgrammeObjectiveGraphType>>>>("objectives")
            .Resolve(c => c.Service<ObjectivesByProgrammeIdDataLoader>().LoadAsync(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingModuleGraphType>>>>("requiredTraining")
            .Description("The training modules a mentor completes before being paired within the programme.")
            .Resolve(c => c.Service<TrainingModuleByIdDataLoader>().LoadManyAsync(c.Source.RequiredTrainingModuleIds).Then(m => m.OfType<TrainingModule>().ToList()));
        Field<NonNullGraphType<CodeOfConductGraphType>>("codeOfConduct")
            .Description("The current version of the programme's code of conduct.")
            .Resolve(c => c.Service<ConductByProgrammeIdDataLoader>().LoadAsync(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EmployerGraphType>>>>("employers")
            .Description("The employers that have joined, first joined first.")
            .Resolve(c => c.Service<EmployersByProgrammeIdDataLoader>().LoadAsync(c.Source.Id)
                .Then(joined => c.Service<EmployerByIdDataLoader>().LoadManyAsync(joined.Select(j => j.EmployerId))
                    .Then(employers => employers.OfType<Employer>().ToList())));
        Field<NonNullGraphType<IntGraphType>>("enrolledCount")
            .Description("Mentors enrolled now (not those only nominated, nor those withdrawn).")
            .Resolve(c => c.Service<ProgrammeFiguresDataLoader>().LoadAsync(c.Source.Id).Then(f => f.EnrolledMentors));
        Field<NonNullGraphType<IntGraphType>>("pairCount")
            .Description("Pairs formed within the programme: accepted by both sides, and still going or completed.")
            .Resolve(c => c.Service<ProgrammeFiguresDataLoader>().LoadAsync(c.Source.Id).Then(f => f.PairsFormed));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgrammeEnrolmentGraphType>>>>("enrolments")
            .Description("The enrolments the caller may see: the programme's coordinators and administrators see all, an employer admin their employer's, a mentor their own.")
            .Resolve(c =>
            {
                var caller = c.Caller();
                return c.Service<EnrolmentsByProgrammeIdDataLoader>().LoadAsync(c.Source.Id)
                    .Then(all => all.Where(e => ProgrammeAccess.SeesEnrolment(caller, c.Source, e)).ToList());
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PairingGraphType>>>>("pairings")
            .Description("The pairings made within the programme that the caller may see, most recent first.")
            .Resolve(c =>
            {
                var caller = c.Caller();
                return c.Service<PairingIdsByProgrammeIdDataLoader>().LoadAsync(c.Source.Id)
                    .Then(links => c.Service<PairingByIdDataLoader>().LoadManyAsync(links.Select(l => l.PairingId))
                        .Then(pairings => pairings.OfType<Pairing>().Where(p => PairingAccess.IsVisible(caller, p)).ToList()));
            });
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("coordinatorSubjects")
            .Description("The identity-provider subjects of the coordinators who run the programme; null for callers other than those coordinators and administrators.")
            .Resolve(c => ProgrammeAccess.Coordinates(c.Caller(), c.Source) ? c.Source.CoordinatorSubjects : null);
        Field(p => p.DistanceKm, nullable: true).Description("Kilometres from the `near` origin to the centre of the programme's area; null without `near`.");
        Field(p => p.CreatedAt);
        Field(p => p.UpdatedAt);
        Field(p => p.OpenedAt, nullable: true).Description("When recruitment opened.");
        Field(p => p.StartedAt, nullable: true);
        Field(p => p.CompletedAt, nullable: true);
        Field(p => p.CancelledAt, nullable: true);
        Field(p => p.CancellationReason, nullable: true);
    }
}
