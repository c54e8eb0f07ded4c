namespace Network.Server.Skills;

/// <summary>The three priority sectors, with their UK SIC 2007 sections (C, F and J).</summary>
public enum Sector
{
    EngineeringManufacturing,
    Construction,
    IctDigital,
}
