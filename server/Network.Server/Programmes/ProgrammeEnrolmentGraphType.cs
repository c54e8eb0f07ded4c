using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Training;

namespace Network.Server.Programmes;

public sealed class ProgrammeEnrolmentGraphType : ObjectGraphType<ProgrammeEnrolment>
{
    public ProgrammeEnrolmentGraphType()
    {
        Name = "ProgrammeEnrolment";
        Description = "A mentor's place in a programme: nominated by their employer, enrolled with their consent and accepted code of conduct, or withdrawn. " +
            "Seen by the mentor, their employer's admins, the programme's coordinators and administrators.";
        this.ReadableBy(Role.Mentor, Role.EmployerAdmin, Role.Coordinator, Role.Admin);
        Field<NonNullGraphType<ProgrammeGraphType>>("programme")
            .Resolve(c => c.Service<ProgrammeByIdDataLoader>().LoadAsync(c.Source.ProgrammeId));
        Field<NonNullGraphType<MentorGraphType>>("mentor")
            .Resolve(c => c.Service<MentorByIdDataLoader>().LoadAsync(c.Source.MentorId));
        Field(e => e.Status);
        Field(e => e.NominatedAt, nullable: true).Description("When the mentor's employer nominated them; null when they enrolled on their own.");
        Field(e => e.EnrolledAt, nullable: true);
        Field(e => e.ConsentGivenAt, nullable: true).Description("When the mentor consented to taking part.");
        Field(e => e.ConductVersion, nullable: true).Description("The version of the code of conduct the mentor last accepted.");
        Field(e => e.ConductAcceptedAt, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("acceptedCurrentConduct")
            .Description("Whether the mentor has accepted the programme's current code of conduct.")
            .Resolve(c => c.Service<ProgrammeByIdDataLoader>().LoadAsync(c.Source.ProgrammeId)
                .Then(p => p is not null && c.Source.ConductVersion == p.ConductVersion));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingModuleGraphType>>>>("missingTraining")
            .Description("The programme's required training modules the mentor has not completed.")
            .Resolve(c => c.Service<EnrolmentReadinessDataLoader>().LoadAsync(c.Source.Id)
                .Then(readiness => c.Service<TrainingModuleByIdDataLoader>().LoadManyAsync(readiness.MissingTraining)
                    .Then(modules => modules.OfType<TrainingModule>().ToList())));
        Field<NonNullGraphType<BooleanGraphType>>("readyToPair")
            .Description("Whether the mentor can be paired within the programme: enrolled, the required training complete, the current code of conduct accepted.")
            .Resolve(c => c.Service<EnrolmentReadinessDataLoader>().LoadAsync(c.Source.Id).Then(r => r.ReadyToPair));
        Field(e => e.WithdrawnAt, nullable: true);
        Field(e => e.WithdrawalReason, nullable: true);
        Field(e => e.UpdatedAt);
    }
}
