namespace Network.Client;

/// <summary>
/// An input field that tells a field left out from one given as null, as the server's <c>Optional&lt;T&gt;</c> reads it.
/// Left out (the default), it is not sent and the server keeps what it has; given, even as null, it is sent, and null
/// clears the field. A value converts to it implicitly: <c>new UpdateSkillsGapInput { Description = null, … }</c>; C# does not
/// convert a collection expression or a value typed as an interface to it, which the constructor takes instead: <c>In = new(list)</c>.
/// </summary>
#pragma warning disable CA1716 // Named as the server and HotChocolate name it; Visual Basic's Optional keyword does not concern this client.
public readonly record struct Optional<T>
#pragma warning restore CA1716
{
    /// <summary>A field given with <paramref name="value"/>, which may be null.</summary>
    public Optional(T value)
    {
        Value = value;
        HasValue = true;
    }

    /// <summary>Whether the field is given, perhaps as null, and so sent.</summary>
    public bool HasValue { get; }

    /// <summary>The value given; the default of <typeparamref name="T"/> when the field is left out.</summary>
    public T Value { get; }

#pragma warning disable CA2225 // The constructor is the named alternative.
    public static implicit operator Optional<T>(T value) => new(value);
#pragma warning restore CA2225

    public override string ToString() => HasValue ? Value?.ToString() ?? "null" : "(left out)";
}
