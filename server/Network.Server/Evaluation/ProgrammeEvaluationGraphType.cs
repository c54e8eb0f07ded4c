using GraphQL.Types;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Programmes;

namespace Network.Server.Evaluation;

public sealed class ProgrammeEvaluationGraphType : ObjectGraphType<ProgrammeEvaluation>
{
    public ProgrammeEvaluationGraphType()
    {
        Name = "ProgrammeEvaluation";
        Description = "What a programme achieved, in figures, for its coordinators and administrators in full; for partners and other coordinators, " +
            $"no figure about fewer than {EvaluationDisclosure.MinimumPeople} people, and no withheld figure that could be worked out from a total.";
        this.ReadableBy(EvaluationQueries.Readers);
        Field<NonNullGraphType<ProgrammeGraphType>>("programme").Resolve(c => c.Source.Programme);
        Field(e => e.EvaluatedAt);
        Field(e => e.Suppressed).Description("Whether small numbers are withheld from the caller.");
        Field<NonNullGraphType<IntGraphType>>("minimumPeople")
            .Description("The fewest people a figure shown to partners may be about.")
            .Resolve(_ => EvaluationDisclosure.MinimumPeople);
        Field<NonNullGraphType<ParticipationEvaluationGraphType>>("participation").Resolve(c => c.Source.Participation);
        Field<NonNullGraphType<SessionEvaluationGraphType>>("sessions").Resolve(c => c.Source.Sessions);
        Field<NonNullGraphType<ConfidenceEvaluationGraphType>>("confidence").Resolve(c => c.Source.Confidence);
        Field<NonNullGraphType<SurveyEvaluationGraphType>>("surveys").Resolve(c => c.Source.Surveys);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RetentionEvaluationGraphType>>>>("retention")
            .Description("Retention at END and THREE_MONTHS.").Resolve(c => c.Source.Retention);
        Field<NonNullGraphType<GapEvaluationGraphType>>("gaps").Resolve(c => c.Source.Gaps);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObjectiveEvaluationGraphType>>>>("objectives").Resolve(c => c.Source.Objectives);
        Field<NonNullGraphType<StringGraphType>>("csvPath")
            .Description("Where to download the same figures as CSV (GET, with the same bearer token), for funders.")
            .Resolve(c => EvaluationEndpoints.CsvPath(GlobalId.Serialize("Programme", c.Source.Programme.Id)));
    }
}
