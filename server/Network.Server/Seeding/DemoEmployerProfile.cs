using Network.Server.Employers;
using Network.Server.Skills;

namespace Network.Server.Seeding;

/// <summary>The identity of a demo employer before it is placed: name, sector, size band and postcode district.</summary>
internal sealed record DemoEmployerProfile(string Name, Sector Sector, SizeBand Size, string Outcode);
