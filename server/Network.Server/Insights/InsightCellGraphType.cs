using GraphQL.Types;
using Network.Server.Geo;
using Network.Server.Skills;

namespace Network.Server.Insights;

public sealed class InsightCellGraphType : ObjectGraphType<InsightCell>
{
    public InsightCellGraphType()
    {
        Name = "InsightCell";
        Description = "One row of regional figures: for a local authority, sector, skill and month, each null when the row covers them all. " +
            "Stocks (open gaps, mentors, active pairings) are counted at the end of the month (this month: now), and for the whole window as now; " +
            "flows (pairings formed and completed, webinar registrations and attendance) in the month they happened, and for the whole window as the sum of its months.";
        Field<LocalAuthorityGraphType>("localAuthority").Resolve(c => c.Source.LocalAuthority);
        Field<BooleanGraphType>("combinedAuthority").Description("True for the combined authority's councils, false for the rest of the region, null for the whole region.")
            .Resolve(c => c.Source.CombinedAuthority);
        Field<EnumerationGraphType<Sector>>("sector").Resolve(c => c.Source.Sector);
        Field<SkillGraphType>("skill").Resolve(c => c.Source.Skill);
        Field<EnumerationGraphType<SkillCategory>>("skillCategory").Resolve(c => c.Source.SkillCategory);
        Field<StringGraphType>("month").Description("The month as YYYY-MM; null for the whole window.").Resolve(c => c.Source.Month);
        Count("openSkillsGaps", InsightMeasure.OpenSkillsGaps, "Skills gaps open.");
        Field<NonNullGraphType<InsightSeverityMixGraphType>>("openSkillsGapsBySeverity").Resolve(c => c.Source);
        Count("hardToFillVacancies", InsightMeasure.HardToFillVacancies, "Hard-to-fill vacancies (the Employer Skills Survey's term: vacancies the employer reports as hard to fill) of the open gaps.");
        Count("employersReportingGaps", InsightMeasure.EmployersReportingGaps, "Employers with at least one open gap.");
        Count("mentorsOffering", InsightMeasure.MentorsOffering, "Mentors offering the skill (any skill of the row), not withdrawn.");
        Count("mentorsWanting", InsightMeasure.MentorsWanting, "Mentors wanting to learn the skill (any skill of the row), not withdrawn.");
        Field<NonNullGraphType<InsightRatioGraphType>>("supplyDemandRatio").Description("Mentors offering ÷ open skills gaps; null when no gap is open.")
            .Resolve(c => c.Source.SupplyDemandRatio);
        Count("pairingsFormed", InsightMeasure.PairingsFormed, "Pairings accepted by both sides. A pairing counts in the authority, sector and skills of each mentor.");
        Count("pairingsActive", InsightMeasure.PairingsActive, "Pairings under way (active or paused).");
        Count("pairingsCompleted", InsightMeasure.PairingsCompleted, "Pairings completed.");
        Count("twoWayPairings", InsightMeasure.TwoWayPairings, "Pairings formed in which skills flow both ways.");
        Field<NonNullGraphType<InsightRatioGraphType>>("twoWayShare").Description("The share of pairings formed in which skills flow both ways.")
            .Resolve(c => c.Source.TwoWayShare);
        Count("webinarRegistrations", InsightMeasure.WebinarRegistrations, "Seats held at webinars that took or take place (not cancelled), by the webinar's month and topics.");
        Count("webinarAttendance", InsightMeasure.WebinarAttendance, "Registrants marked as having attended.");
    }

    private void Count(string name, InsightMeasure measure, string description) =>
        Field<NonNullGraphType<InsightCountGraphType>>(name).Description(description).Resolve(c => c.Source[measure]);
}
