namespace Network.Server.GraphQL.Errors;

/// <summary>The input of a mutation that takes none.</summary>
public sealed class NoInput
{
    public static NoInput Value { get; } = new();

    private NoInput()
    {
    }
}
