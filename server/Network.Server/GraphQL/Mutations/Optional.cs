namespace Network.Server.GraphQL.Mutations;

/// <summary>
/// An input field that tells a field left out from one given as <c>null</c>, as HotChocolate's
/// <c>Optional&lt;T&gt;</c> does: left out, it has no value; given, it has one, which may be null. Its GraphQL
/// type is that of <typeparamref name="T"/>, nullable; <see cref="MutationInputGraphType{TInput}"/> binds it.
/// </summary>
#pragma warning disable CA1716 // Named as HotChocolate names it; Visual Basic's Optional keyword does not concern this server.
public readonly record struct Optional<T>
#pragma warning restore CA1716
{
    /// <summary>A field given with <paramref name="value"/>, which may be null.</summary>
    public Optional(T value)
    {
        Value = value;
        HasValue = true;
    }

    /// <summary>Whether the field was given, perhaps as null.</summary>
    public bool HasValue { get; }

    /// <summary>The value given; the default of <typeparamref name="T"/> when the field was left out.</summary>
    public T Value { get; }
}
