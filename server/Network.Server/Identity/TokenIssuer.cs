using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Network.Server.GraphQL.Relay;

namespace Network.Server.Identity;

/// <summary>Mints HMAC-SHA256 tokens with the configured signing key, for local use and tests.</summary>
public sealed class TokenIssuer(IOptions<NetworkAuthenticationOptions> options, TimeProvider clock)
{
    private readonly NetworkAuthenticationOptions _options = options.Value;

    public bool CanIssue => _options.SigningKeyBytes() is not null;

    public string Issue(string subject, IReadOnlyCollection<Role> roles, int? employerId = null, int? mentorId = null, TimeSpan? lifetime = null)
    {
        var key = _options.SigningKeyBytes()
            ?? throw new InvalidOperationException("No Authentication:SigningKey is configured, so this server cannot mint tokens; ask your identity provider for one.");
        var claims = new Dictionary<string, object>
        {
            [NetworkClaims.Subject] = subject,
            [NetworkClaims.Role] = roles.Select(NetworkClaims.RoleName).ToArray(),
        };
        if (employerId is { } employer)
        {
            claims[NetworkClaims.Employer] = GlobalId.Serialize("Employer", employer);
        }

        if (mentorId is { } mentor)
        {
            claims[NetworkClaims.Mentor] = GlobalId.Serialize("Mentor", mentor);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _options.Issuer,
            Audience = _options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? _options.TokenLifetime),
            Claims = claims,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
        });
    }
}
