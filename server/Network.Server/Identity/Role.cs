namespace Network.Server.Identity;

/// <summary>What a caller does in the network. A token may carry several roles.</summary>
public enum Role
{
    /// <summary>Administers one employer: its details, skills gaps and mentors.</summary>
    EmployerAdmin,

    /// <summary>A volunteer mentor, acting on their own profile.</summary>
    Mentor,

    /// <summary>Runs mentoring programmes and onboards employers.</summary>
    Coordinator,

    /// <summary>Organises webinars and looks for participants.</summary>
    Organiser,

    /// <summary>A regional partner: reads aggregated, anonymised figures.</summary>
    Partner,

    /// <summary>Operates the network.</summary>
    Admin,
}
