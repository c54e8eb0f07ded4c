namespace Network.Server.Hosting;

/// <summary>The server cannot start as configured; the message says what to change.</summary>
public class StartupException(string message) : Exception(message);
