using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Identity;
using Network.Server.Programmes;

namespace Network.Server.Outcomes;

/// <summary>
/// The fields outcomes add to <c>Programme</c>: its checkpoints, and the retention checks and gap outcomes the caller may see —
/// all of them for the programme's coordinators and administrators, an employer's own for its admins, a mentor's own for them.
/// </summary>
internal static class OutcomeFields
{
    public static void AddOutcomeFields(this ProgrammeGraphType programme)
    {
        programme.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutcomeCheckpointWindowGraphType>>>>("outcomeCheckpoints")
            .Description("When employers confirm the programme's outcomes: END from 30 days before its end date, THREE_MONTHS three months after it.")
            .Resolve(c =>
            {
                var today = DateOnly.FromDateTime(c.Service<TimeProvider>().GetUtcNow().UtcDateTime);
                return Enum.GetValues<OutcomeCheckpoint>()
                    .Select(checkpoint => new OutcomeCheckpointWindow(checkpoint, OutcomeRules.OpensOn(c.Source, checkpoint), OutcomeRules.IsOpen(c.Source, checkpoint, today)))
                    .ToList();
            });
        programme.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RetentionCheckGraphType>>>>("retentionChecks")
            .Description("Employers' confirmations of whether their enrolled mentors still work there, by checkpoint: all for the programme's coordinators and administrators, " +
                "an employer's own for its admins, a mentor's own for them, none for anyone else.")
            .Resolve(c =>
            {
                var caller = c.Caller();
                var all = ProgrammeAccess.Coordinates(caller, c.Source);
                return c.Service<RetentionChecksByProgrammeIdDataLoader>().LoadAsync(c.Source.Id)
                    .Then(checks => checks.Where(r => all || caller.ManagesMentor(r.MentorId, r.EmployerId)).ToList());
            });
        programme.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapOutcomeGraphType>>>>("gapOutcomes")
            .Description("Where the programme's targeted gaps stood at each checkpoint, as their employers answered: all for the programme's coordinators and administrators, " +
                "an employer's own for its admins, none for anyone else.")
            .Resolve(c =>
            {
                var caller = c.Caller();
                var all = ProgrammeAccess.Coordinates(caller, c.Source);
                return c.Service<GapOutcomesByProgrammeIdDataLoader>().LoadAsync(c.Source.Id)
                    .Then(outcomes => outcomes.Where(g => all || (caller.Is(Role.EmployerAdmin) && caller.ManagesEmployer(g.EmployerId))).ToList());
            });
    }
}
