namespace Network.Server.GraphQL.Mutations;

/// <summary>The input of a mutation that takes none.</summary>
public sealed class NoInput
{
    public static NoInput Value { get; } = new();

    private NoInput()
    {
    }
}
