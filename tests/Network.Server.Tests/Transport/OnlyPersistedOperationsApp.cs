namespace Network.Server.Tests.Transport;

/// <summary>The server with persisted operations and <c>PersistedOperations:OnlyPersisted</c> on.</summary>
public sealed class OnlyPersistedOperationsApp() : PersistedOperationsApp(onlyPersisted: true);
