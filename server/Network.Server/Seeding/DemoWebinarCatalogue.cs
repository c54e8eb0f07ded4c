using static Network.Server.Skills.Sector;
using static Network.Server.Webinars.WebinarAudience;
using static Network.Server.Webinars.WebinarStatus;

namespace Network.Server.Seeding;

/// <summary>
/// The demo's webinars: two held in the past months (one on a Birmingham site), three published and ahead (two online, one
/// in person in Wolverhampton, full with a waiting list), a draft, and one cancelled, whose registrants hold its notice. Its organiser
/// invited three employers and four mentors to the supply-chain webinar: one mentor accepted, one employer declined. Skill IDs are the taxonomy's (1 AI, 3 automation, 4 data analytics, 6 cybersecurity, 7 cloud, 13 BIM, 20 supply-chain management,
/// 21 project management).
/// </summary>
internal static class DemoWebinarCatalogue
{
    public static IReadOnlyList<DemoWebinar> All { get; } =
    [
        new(
            "BIM in practice: a site tour",
            "A morning on a live Birmingham site with its BIM coordinator: how the model drives the programme, clash detection and handover.",
            [13], [Construction], EmployersAndMentors, StartsInDays: -45, StartsAtHour: 9, DurationMinutes: 180, null, "B4", Capacity: 25, Registrants: 23, Completed),
        new(
            "Data analytics for project managers",
            "Dashboards and forecasts a project manager can build from the data they already have, with time for questions.",
            [4, 21], [EngineeringManufacturing, Construction, IctDigital], MentorsWantingTopics, StartsInDays: -20, StartsAtHour: 12, DurationMinutes: 60,
            "https://events.example.org/data-for-pms", null, Capacity: 100, Registrants: 48, Completed),
        new(
            "AI for small manufacturers: where to start",
            "Practical first steps with AI and automation on the shop floor: quality inspection, predictive maintenance and what to ask suppliers.",
            [1, 3], [EngineeringManufacturing], EmployersWithGaps, StartsInDays: 12, StartsAtHour: 10, DurationMinutes: 90,
            "https://events.example.org/ai-manufacturing", null, Capacity: 80, Registrants: 16, Published),
        new(
            "Cyber essentials for construction firms",
            "What Cyber Essentials asks of a contractor, the common gaps on site and in the office, and how reverse mentoring closes them.",
            [6], [Construction], EmployersAndMentors, StartsInDays: 26, StartsAtHour: 14, DurationMinutes: 120, null, "WV1", Capacity: 40, Registrants: 44, Published),
        new(
            "Supply-chain planning for digital firms",
            "How software and data firms plan suppliers and contractors, from an engineering firm's buyer who mentors in the network.",
            [20], [IctDigital], EmployersAndMentors, StartsInDays: 33, StartsAtHour: 16, DurationMinutes: 60,
            "https://events.example.org/supply-chain-digital", null, Capacity: 60, Registrants: 14, Published, InvitedEmployers: 3, InvitedMentors: 4),
        new(
            "Cloud basics for SMEs",
            "Moving a small firm's systems to the cloud safely: costs, skills and the first workloads to move.",
            [7], [IctDigital, EngineeringManufacturing], EmployersWithGaps, StartsInDays: 40, StartsAtHour: 10, DurationMinutes: 60,
            "https://events.example.org/cloud-basics", null, Capacity: 100, Registrants: 0, Draft),
        new(
            "Industrial automation clinic",
            "One-to-one slots with automation engineers for firms planning their first robot cell.",
            [3], [EngineeringManufacturing], EmployersWithGaps, StartsInDays: 5, StartsAtHour: 13, DurationMinutes: 120, null, "CV1", Capacity: 12, Registrants: 14, Cancelled,
            "The venue is no longer available; a new date will be announced."),
    ];
}
