using Npgsql;

namespace Network.Server.Data;

/// <summary>Tells a database that cannot be reached (refused, timed out, shutting down, restarting) from every other failure.</summary>
public static class DatabaseOutage
{
    public const string Code = "DATABASE_UNAVAILABLE";
    public const string Message = "The database is unavailable; try again shortly.";

    /// <summary>SQLSTATEs of a server that is going away or not yet accepting work: class 08 and 57P01–57P03.</summary>
    private static readonly string[] OutageStates = ["57P01", "57P02", "57P03"];

    /// <summary>True when <paramref name="exception"/>, or one it wraps (EF Core wraps Npgsql's), says the database is unreachable.</summary>
    public static bool Caused(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres when postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || OutageStates.Contains(postgres.SqlState):
                    return true;
                case PostgresException:
                    // The server answered: a constraint, a serialization failure or a bug, not an outage.
                    return false;
                case NpgsqlException { IsTransient: true }:
                    // No answer at all: connection refused or reset, or the connect timeout passed.
                    return true;
            }
        }

        return false;
    }
}
