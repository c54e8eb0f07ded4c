using Network.Server.Hosting;

namespace Network.Server.Data;

/// <summary>The machine lacks the PostgreSQL server programs or PostGIS; the message says what to install.</summary>
public sealed class PostgresNotInstalledException(string message) : StartupException(message);
