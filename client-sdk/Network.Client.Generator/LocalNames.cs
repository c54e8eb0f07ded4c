namespace Network.Client.Generator;

/// <summary>
/// Names for the locals and lambda parameters of generated code. One counter serves the whole file, so that a
/// name never clashes with one of an enclosing scope, however deeply lists, nullable values and records nest.
/// </summary>
internal sealed class LocalNames
{
    private int _next;

    public string Next(string prefix) => prefix + _next++;
}
