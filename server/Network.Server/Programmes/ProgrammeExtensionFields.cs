using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Pairings;

namespace Network.Server.Programmes;

/// <summary>The fields programmes add to other features' types.</summary>
internal static class ProgrammeExtensionFields
{
    /// <summary>Adds <c>Pairing.programme</c>: the programme the pairing was made within.</summary>
    public static void AddProgrammeField(this PairingGraphType pairing) =>
        pairing.Field<ProgrammeGraphType>("programme")
            .Description("The programme the pairing was made within; null for a pairing made outside any programme.")
            .Resolve(c =>
            {
                var caller = c.Caller();
                var programmes = c.Service<ProgrammeByIdDataLoader>();
                return c.Service<ProgrammePairingByPairingIdDataLoader>().LoadAsync(c.Source.Id)
                    .Then(link => link is null
                        ? null
                        : programmes.LoadAsync(link.ProgrammeId).Then(p => p is not null && ProgrammeAccess.IsVisible(caller, p) ? p : null));
            });

    /// <summary>Adds <c>Mentor.programmeEnrolments</c>: the mentor's enrolments that the caller may see.</summary>
    public static void AddEnrolmentsField(this MentorGraphType mentor) =>
        mentor.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgrammeEnrolmentGraphType>>>>("programmeEnrolments")
            .Description("The programmes the mentor is nominated for, enrolled in or withdrew from, most recent first: for the mentor, their employer's admins, and each programme's coordinators.")
            .Resolve(c =>
            {
                var caller = c.Caller();
                var programmes = c.Service<ProgrammeByIdDataLoader>();
                return c.Service<EnrolmentsByMentorIdDataLoader>().LoadAsync(c.Source.Id)
                    .Then(enrolments => programmes.LoadManyAsync(enrolments.Select(e => e.ProgrammeId))
                        .Then(found => enrolments
                            .Zip(found)
                            .Where(pair => pair.Second is { } programme && ProgrammeAccess.SeesEnrolment(caller, programme, pair.First))
                            .Select(pair => pair.First)
                            .ToList()));
            });
}
