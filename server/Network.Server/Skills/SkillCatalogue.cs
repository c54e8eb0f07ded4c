using static Network.Server.Skills.Sector;
using static Network.Server.Skills.SkillCategory;

namespace Network.Server.Skills;

/// <summary>
/// The curated skills taxonomy: the digital skills juniors bring, the strategic skills seniors bring,
/// and the trade skills the region's construction and manufacturing employers find hard to fill.
/// Shipped as migration data so that every database has it; IDs are fixed and never reused.
/// </summary>
public static class SkillCatalogue
{
    public static IReadOnlyList<Skill> All { get; } =
    [
        New(1, "artificial-intelligence", "Artificial intelligence", Digital, IctDigital, EngineeringManufacturing),
        New(2, "machine-learning", "Machine learning", Digital, IctDigital),
        New(3, "industrial-automation", "Industrial automation and robotics", Digital, EngineeringManufacturing),
        New(4, "data-analytics", "Data analytics", Digital, IctDigital, EngineeringManufacturing, Construction),
        New(5, "data-engineering", "Data engineering", Digital, IctDigital),
        New(6, "cybersecurity", "Cybersecurity", Digital, IctDigital, EngineeringManufacturing, Construction),
        New(7, "cloud-computing", "Cloud computing", Digital, IctDigital),
        New(8, "software-development", "Software development", Digital, IctDigital),
        New(9, "social-media-marketing", "Social-media marketing", Digital, IctDigital, Construction, EngineeringManufacturing),
        New(10, "digital-marketing", "Digital marketing and SEO", Digital, IctDigital),
        New(11, "industrial-iot", "Industrial internet of things", Digital, EngineeringManufacturing),
        New(12, "digital-twins", "Digital twins and simulation", Digital, EngineeringManufacturing, Construction),
        New(13, "building-information-modelling", "Building information modelling (BIM)", Digital, Construction),
        New(14, "additive-manufacturing", "Additive manufacturing (3D printing)", Digital, EngineeringManufacturing),
        New(15, "ux-design", "User experience design", Digital, IctDigital),
        New(16, "devops", "DevOps and automation pipelines", Digital, IctDigital),
        New(17, "budget-planning", "Budget planning", Strategic, EngineeringManufacturing, Construction, IctDigital),
        New(18, "client-relations", "Client relations", Strategic, EngineeringManufacturing, Construction, IctDigital),
        New(19, "strategic-planning", "Strategic planning", Strategic, EngineeringManufacturing, Construction, IctDigital),
        New(20, "supply-chain-management", "Supply-chain management", Strategic, EngineeringManufacturing, Construction),
        New(21, "project-management", "Project management", Strategic, EngineeringManufacturing, Construction, IctDigital),
        New(22, "people-management", "People management", Strategic, EngineeringManufacturing, Construction, IctDigital),
        New(23, "business-development", "Business development", Strategic, IctDigital, EngineeringManufacturing),
        New(24, "lean-manufacturing", "Lean and continuous improvement", Strategic, EngineeringManufacturing),
        New(25, "bid-writing", "Bid and tender writing", Strategic, Construction, IctDigital),
        New(26, "regulatory-compliance", "Regulatory compliance", Strategic, Construction, EngineeringManufacturing),
        New(27, "change-management", "Change management", Strategic, EngineeringManufacturing, IctDigital),
        New(28, "negotiation", "Negotiation", Strategic, Construction, EngineeringManufacturing, IctDigital),
        New(29, "financial-reporting", "Financial reporting", Strategic, EngineeringManufacturing, Construction, IctDigital),
        New(30, "sustainable-building-methods", "Sustainable building methods", Trade, Construction),
        New(31, "retrofit-energy-efficiency", "Retrofit and energy efficiency", Trade, Construction),
        New(32, "heat-pump-installation", "Heat-pump installation", Trade, Construction),
        New(33, "electrical-installation", "Electrical installation", Trade, Construction, EngineeringManufacturing),
        New(34, "welding-fabrication", "Welding and fabrication", Trade, EngineeringManufacturing, Construction),
        New(35, "cnc-machining", "CNC machining", Trade, EngineeringManufacturing),
        New(36, "quality-inspection", "Quality inspection and metrology", Trade, EngineeringManufacturing),
        New(37, "site-management", "Site management", Trade, Construction),
        New(38, "modern-methods-of-construction", "Modern methods of construction", Trade, Construction),
        New(39, "electric-vehicle-maintenance", "Electric-vehicle maintenance", Trade, EngineeringManufacturing),
        New(40, "solar-pv-installation", "Solar PV installation", Trade, Construction),
    ];

    private static Skill New(int id, string slug, string name, SkillCategory category, params Sector[] sectors) =>
        new() { Id = id, Slug = slug, Name = name, Category = category, Sectors = [.. sectors] };
}
