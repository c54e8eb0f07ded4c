using Network.Server.Mentors;
using Network.Server.Skills;

namespace Network.Server.Seeding;

/// <summary>The names and job titles demo mentors are drawn from.</summary>
internal static class DemoPeople
{
    public static IReadOnlyList<string> FirstNames { get; } =
    [
        "Priya", "Amir", "Jack", "Olivia", "Mohammed", "Aisha", "Harpreet", "Gurpreet", "Tomasz", "Zofia",
        "Kwame", "Chloe", "Liam", "Sophie", "Daniel", "Fatima", "Ravi", "Anjali", "Callum", "Megan",
        "Ewan", "Hannah", "Imran", "Yasmin", "Oliver", "Amelia", "George", "Isla", "Jamal", "Grace",
        "Sanjay", "Neha", "Connor", "Ellie", "Bilal", "Sana", "Lewis", "Jessica", "Marek", "Agnieszka",
        "Tariq", "Leah", "Ryan", "Emily", "Kieran", "Lauren", "Arjun", "Maya", "Nathan", "Zara",
        "Dev", "Simran", "Adam", "Ruby", "Hassan", "Maryam", "Ben", "Charlotte", "Jordan", "Niamh",
        "Chinedu", "Adaeze", "Luke", "Holly", "Vikram", "Kiran", "Samuel", "Abigail", "Ifeoma", "Tunde",
        "Rhys", "Bethan", "Owen", "Mateusz", "Ioana", "Andrei", "Lucy", "Thomas", "Rachel", "Yusuf",
    ];

    public static IReadOnlyList<char> Initials { get; } = [.. "ABCDEFGHJKLMNOPRSTWY"];

    private static readonly Dictionary<(CareerStage, Sector), string[]> JobTitles = new()
    {
        [(CareerStage.Early, Sector.IctDigital)] = ["Graduate Software Developer", "Junior Data Analyst", "Apprentice Cyber Security Analyst", "Cloud Support Engineer", "Junior Machine Learning Engineer", "Digital Marketing Executive"],
        [(CareerStage.Early, Sector.EngineeringManufacturing)] = ["Automation Apprentice", "Graduate Manufacturing Engineer", "Junior Data Analyst", "Robotics Technician", "Digital Marketing Assistant", "Junior Controls Engineer"],
        [(CareerStage.Early, Sector.Construction)] = ["BIM Technician", "Graduate Site Engineer", "Apprentice Quantity Surveyor", "Digital Marketing Assistant", "Junior Sustainability Analyst", "Trainee Retrofit Assessor"],
        [(CareerStage.Mid, Sector.IctDigital)] = ["Software Engineer", "DevOps Engineer", "Product Owner", "Data Engineer", "Delivery Manager"],
        [(CareerStage.Mid, Sector.EngineeringManufacturing)] = ["Production Engineer", "Quality Engineer", "CNC Programmer", "Project Engineer", "Maintenance Team Leader"],
        [(CareerStage.Mid, Sector.Construction)] = ["Site Manager", "Quantity Surveyor", "Project Manager", "Estimator", "Building Services Engineer"],
        [(CareerStage.Senior, Sector.IctDigital)] = ["Managing Director", "Chief Technology Officer", "Head of Client Services", "Finance Director", "Operations Director"],
        [(CareerStage.Senior, Sector.EngineeringManufacturing)] = ["Managing Director", "Operations Director", "Head of Supply Chain", "Works Manager", "Commercial Director"],
        [(CareerStage.Senior, Sector.Construction)] = ["Managing Director", "Contracts Manager", "Commercial Director", "Operations Director", "Head of Estimating"],
    };

    public static string JobTitle(DemoRandom random, CareerStage stage, Sector sector) => random.Pick(JobTitles[(stage, sector)]);
}
