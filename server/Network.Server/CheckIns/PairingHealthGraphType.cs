using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.Identity;
using Network.Server.Pairings;

namespace Network.Server.CheckIns;

public sealed class PairingHealthGraphType : ObjectGraphType<PairingHealth>
{
    public PairingHealthGraphType()
    {
        Name = "PairingHealth";
        Description = "How a programme pairing is doing, for its programme's coordinators: sessions against the cadence, goals, open concerns, and a status with its reasons.";
        this.ReadableBy(Role.Coordinator, Role.Admin);
        Field<NonNullGraphType<PairingGraphType>>("pairing").Resolve(c => c.Service<PairingByIdDataLoader>().LoadAsync(c.Source.PairingId));
        Field(h => h.Status);
        Field(h => h.Reasons).Description("Why the status, most urgent first.");
        Field(h => h.CadenceWeeks).Description("A session every this many weeks: the agreed agreement's, or else the programme's.");
        Field(h => h.SessionsHeld);
        Field(h => h.SessionsMissed);
        Field(h => h.SessionsExpected).Description("Sessions the cadence expects by now, counted from when the pairing became active.");
        Field(h => h.SessionsUpcoming);
        Field(h => h.LastSessionAt, nullable: true).Description("When the last held session started.");
        Field(h => h.DaysSinceLastSession).Description("Days since the last held session, or since the pairing became active while it has held none.");
        Field(h => h.Goals).Description("Goals in the pairing's agreed agreement.");
        Field(h => h.GoalsWorkedOn).Description("Goals whose skill was on the agenda of a held session.");
        Field(h => h.OpenConcerns).Description("Concerns about the pairing still open or acknowledged.");
    }
}
