using Network.Server.Employers;
using Network.Server.Skills;
using static Network.Server.Employers.SizeBand;
using static Network.Server.Skills.Sector;

namespace Network.Server.Seeding;

/// <summary>
/// The hand-written core of the demo network: sixty SMEs, most of them in the seven councils of the
/// West Midlands Combined Authority and the rest across the wider region. Coventry and its neighbours
/// hold a cluster of ICT firms so that "open ICT gaps near CV1" has something to find.
/// </summary>
internal static class DemoEmployerCatalogue
{
    public static IReadOnlyList<DemoEmployerProfile> Showcase { get; } =
    [
        // Birmingham
        New("Tyseley Precision Engineering", EngineeringManufacturing, Small, "B11"),
        New("Digbeth Data Labs", IctDigital, Micro, "B5"),
        New("Jewellery Quarter Laser Works", EngineeringManufacturing, Micro, "B18"),
        New("Brindleyplace Cloud Consulting", IctDigital, Small, "B1"),
        New("Aston Robotics & Automation", EngineeringManufacturing, Medium, "B6"),
        New("Erdington Build Partners", Construction, Small, "B23"),
        New("Selly Oak Smart Homes", Construction, Micro, "B29"),
        New("Longbridge Electric Drivetrains", EngineeringManufacturing, Large, "B31"),
        New("Edgbaston Cyber Defence", IctDigital, Small, "B15"),
        New("Hockley Heritage Restoration", Construction, Small, "B19"),
        New("Bordesley Green Fabrications", EngineeringManufacturing, Small, "B9"),
        New("Kings Heath Creative Digital", IctDigital, Micro, "B14"),
        New("Castle Vale Modular Homes", Construction, Medium, "B35"),
        New("Sutton Coldfield Surveying & BIM", Construction, Small, "B72"),

        // Coventry
        New("Coventry Code Foundry", IctDigital, Small, "CV1"),
        New("Far Gosford Street Games", IctDigital, Micro, "CV1"),
        New("Canley Analytics", IctDigital, Small, "CV4"),
        New("Whitley Cloud Systems", IctDigital, Medium, "CV3"),
        New("Foleshill Secure Networks", IctDigital, Small, "CV6"),
        New("Ansty Park Composites", EngineeringManufacturing, Large, "CV7"),
        New("Binley Retrofit Co-operative", Construction, Small, "CV3"),

        // Dudley
        New("Black Country Castings", EngineeringManufacturing, Medium, "DY1"),
        New("Brierley Hill Building Services", Construction, Small, "DY5"),
        New("Stourbridge Glass Technologies", EngineeringManufacturing, Small, "DY8"),
        New("Halesowen Digital Forge", IctDigital, Micro, "B63"),

        // Sandwell
        New("West Bromwich Toolmakers", EngineeringManufacturing, Small, "B70"),
        New("Oldbury Steel Frames", Construction, Medium, "B69"),
        New("Smethwick Software Studio", IctDigital, Micro, "B66"),
        New("Tipton Canalside Fabrication", EngineeringManufacturing, Micro, "DY4"),

        // Solihull
        New("Shirley Automotive Electronics", EngineeringManufacturing, Medium, "B90"),
        New("Blythe Valley Digital", IctDigital, Medium, "B90"),
        New("Chelmsley Wood Groundworks", Construction, Small, "B37"),
        New("Bickenhill Aero Components", EngineeringManufacturing, Small, "B40"),

        // Walsall
        New("Walsall Leatherworks Automation", EngineeringManufacturing, Small, "WS2"),
        New("Willenhall Lock & Security Engineering", EngineeringManufacturing, Medium, "WV13"),
        New("Aldridge Groundworks", Construction, Small, "WS9"),
        New("Brownhills Solar & Heat", Construction, Micro, "WS8"),

        // Wolverhampton
        New("Wolverhampton Aerospace Machining", EngineeringManufacturing, Medium, "WV10"),
        New("Springfield Campus Builders", Construction, Small, "WV1"),
        New("Wolverhampton Web Works", IctDigital, Micro, "WV1"),
        New("Wednesfield Sheet Metal", EngineeringManufacturing, Small, "WV11"),
        New("Tettenhall Timber Frame", Construction, Micro, "WV6"),

        // The wider region
        New("Kenilworth Cyber Lab", IctDigital, Micro, "CV8"),
        New("Silicon Spa Game Studios", IctDigital, Small, "CV32"),
        New("Rugby Rail Engineering", EngineeringManufacturing, Medium, "CV21"),
        New("Nuneaton Net-Zero Builders", Construction, Small, "CV11"),
        New("Tamworth Digital Services", IctDigital, Small, "B77"),
        New("Stafford Switchgear", EngineeringManufacturing, Medium, "ST16"),
        New("Lichfield Heritage Builders", Construction, Small, "WS13"),
        New("Burton Brewing Engineering", EngineeringManufacturing, Small, "DE14"),
        New("Malvern Cyber Security", IctDigital, Small, "WR14"),
        New("Redditch Springs & Pressings", EngineeringManufacturing, Small, "B98"),
        New("Worcester Eco Homes", Construction, Small, "WR5"),
        New("Shrewsbury Agri-Tech Engineering", EngineeringManufacturing, Small, "SY1"),
        New("Ludlow Conservation Builders", Construction, Micro, "SY8"),
        New("Telford Plastics Moulding", EngineeringManufacturing, Medium, "TF3"),
        New("Hadley Park Data Centre", IctDigital, Medium, "TF1"),
        New("Ironbridge Gorge Stonemasons", Construction, Micro, "TF8"),
        New("Rotherwas Precision Components", EngineeringManufacturing, Small, "HR2"),
        New("Potteries Ceramic Engineering", EngineeringManufacturing, Medium, "ST4"),
    ];

    private static DemoEmployerProfile New(string name, Sector sector, SizeBand size, string outcode) =>
        new(name, sector, size, outcode);
}
