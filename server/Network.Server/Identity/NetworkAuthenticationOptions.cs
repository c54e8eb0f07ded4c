namespace Network.Server.Identity;

/// <summary>
/// How bearer tokens are validated: either by an OpenID Connect <see cref="Authority"/> (its signing keys
/// are discovered), or by a shared <see cref="SigningKey"/> (HMAC-SHA256), with which the <c>token</c>
/// command can also mint tokens.
/// </summary>
public sealed class NetworkAuthenticationOptions
{
    public const string Section = "Authentication";

    /// <summary>A signing key for local use only; outside Development and Testing the server refuses it.</summary>
    public const string DevelopmentSigningKey = "ZGV2ZWxvcG1lbnQtb25seS1zaWduaW5nLWtleS13ZXN0LW1pZGxhbmRzLXNraWxscy1uZXR3b3Jr";

    /// <summary>The OpenID Connect issuer URL, e.g. <c>https://login.example.org/realms/network</c>.</summary>
    public string? Authority { get; set; }

    /// <summary>The <c>iss</c> a token must carry when validated with <see cref="SigningKey"/>.</summary>
    public string Issuer { get; set; } = "west-midlands-skills-network";

    /// <summary>The <c>aud</c> every token must carry.</summary>
    public string Audience { get; set; } = "west-midlands-skills-network-api";

    /// <summary>A base64-encoded key of at least 32 bytes for HMAC-SHA256 tokens.</summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// Further base64-encoded keys whose tokens are accepted but never used to mint: the next key before a
    /// rotation, the previous one after it, until the tokens it signed have expired.
    /// </summary>
    public string[] AcceptedSigningKeys { get; set; } = [];

    /// <summary>How long tokens minted by the <c>token</c> command last.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    public byte[]? SigningKeyBytes() => KeyBytes(SigningKey);

    /// <summary>Every key a token may be signed with: <see cref="SigningKey"/> first, then <see cref="AcceptedSigningKeys"/>.</summary>
    public IEnumerable<byte[]> ValidationKeyBytes() =>
        new[] { SigningKey }.Concat(AcceptedSigningKeys).Select(KeyBytes).OfType<byte[]>();

    internal static byte[]? KeyBytes(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(key);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
