using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Network.Server.Identity;

/// <summary>
/// Validates a bearer token's signature, issuer and audience once, not on every request: a partner's client sends the same
/// token for hours, and checking its signature and reading its claims is about a twentieth of a small query's CPU. A token
/// that validated is remembered, by its exact text, for at most <see cref="Remembered"/>; each later request checks only
/// its lifetime again (as validation does, with the same clock skew) and gets claims of its own, so nothing a
/// request does to its principal reaches another. A token that fails is never remembered; nor is one once expired, which
/// is then validated in full so that the caller hears that it expired.
/// </summary>
/// <remarks>
/// Keys withdrawn from an identity provider are noticed when the provider's metadata is next read (hours, by default), and
/// keys withdrawn from the configuration at the next start, which empties this cache; remembering a token for minutes
/// does not lengthen either.
/// </remarks>
public sealed class CachingTokenHandler : JsonWebTokenHandler, IDisposable
{
    /// <summary>The longest a validated token is remembered.</summary>
    public static readonly TimeSpan Remembered = TimeSpan.FromMinutes(5);

    /// <summary>How many tokens are remembered at most: enough for every client of an instance, a few MiB at most.</summary>
    public const int Capacity = 4096;

    private readonly MemoryCache _validated = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        ArgumentNullException.ThrowIfNull(validationParameters);
        if (token is not null && _validated.TryGetValue(token, out Validated? validated) && validated is not null)
        {
            if (StillValid(validated.Token, validationParameters))
            {
                return new TokenValidationResult
                {
                    IsValid = true,
                    SecurityToken = validated.Token,
                    ClaimsIdentity = validated.Identity.Clone(),
                    Issuer = validated.Token.Issuer,
                    TokenType = validated.Token.Typ,
                };
            }

            _validated.Remove(token);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && token is not null && result.SecurityToken is JsonWebToken jwt && jwt.ValidTo > DateTime.MinValue)
        {
            // Remembered no longer than the token lasts by the clock validation reads; each hit checks its lifetime again anyway.
            var left = jwt.ValidTo + validationParameters.ClockSkew - DateTime.UtcNow;
            if (left > TimeSpan.Zero)
            {
                _validated.Set(token, new Validated(jwt, result.ClaimsIdentity.Clone()), new MemoryCacheEntryOptions
                {
                    Size = 1,
                    AbsoluteExpirationRelativeToNow = left < Remembered ? left : Remembered,
                });
            }
        }

        return result;
    }

    public void Dispose() => _validated.Dispose();

    /// <summary>Whether the token is still within its lifetime, as full validation would judge it now.</summary>
    private static bool StillValid(JsonWebToken token, TokenValidationParameters validationParameters)
    {
        try
        {
            Validators.ValidateLifetime(token.ValidFrom == DateTime.MinValue ? null : token.ValidFrom, token.ValidTo, token, validationParameters);
            return true;
        }
        catch (SecurityTokenException)
        {
            return false;
        }
    }

    private sealed record Validated(JsonWebToken Token, System.Security.Claims.ClaimsIdentity Identity);
}
