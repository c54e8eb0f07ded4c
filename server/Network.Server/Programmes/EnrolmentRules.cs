using Network.Server.Employers;
using Network.Server.GraphQL.Mutations;
using Network.Server.GraphQL.Relay;
using Network.Server.Mentors;
using Network.Server.Skills;

namespace Network.Server.Programmes;

/// <summary>Who may join a programme: employers of its sectors inside its area, and their mentors inside its area, before its deadline.</summary>
internal static class EnrolmentRules
{
    public static UserError? Closed(Programme programme, DateOnly today) =>
        today > programme.EnrolmentClosesOn
            ? new EnrolmentClosedError($"Enrolment closed on {programme.EnrolmentClosesOn:yyyy-MM-dd}.", programme.EnrolmentClosesOn)
            : null;

    public static IEnumerable<UserError> EmployerFits(Programme programme, Employer employer)
    {
        if (!programme.Sectors.Contains(employer.Sector))
        {
            yield return new SectorNotInProgrammeError(
                $"The programme recruits from {string.Join(", ", programme.Sectors.Select(SectorName))}; the employer is in {SectorName(employer.Sector)}.", employer.Sector);
        }

        if (!ProgrammeArea.Covers(programme, employer.Location, employer.LocalAuthorityCode))
        {
            yield return new OutsideProgrammeAreaError($"The employer ({employer.Postcode}) is outside the programme's area.", employer.LocalAuthorityCode);
        }
    }

    public static UserError? MentorFits(Programme programme, Mentor mentor) =>
        ProgrammeArea.Covers(programme, mentor.Location, mentor.LocalAuthorityCode)
            ? null
            : new OutsideProgrammeAreaError($"The mentor ({mentor.Postcode}) is outside the programme's area.", mentor.LocalAuthorityCode);

    public static EmployerNotInProgrammeError EmployerNotJoined(int employerId) =>
        new("The mentor's employer has not joined the programme; an admin of the employer joins it first (joinProgramme).", GlobalId.Serialize("Employer", employerId));

    private static string SectorName(Sector sector) => sector switch
    {
        Sector.EngineeringManufacturing => "engineering and manufacturing",
        Sector.Construction => "construction",
        _ => "ICT and digital",
    };
}
