using System.Net.Mail;
using Network.Server.GraphQL.Relay;

namespace Network.Server.GraphQL.Mutations;

/// <summary>Checks a mutation's input field by field and collects every problem, so the caller sees them all at once.</summary>
public sealed class InputValidator
{
    private readonly List<UserError> _errors = [];

    public IReadOnlyList<UserError> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    public void Add(UserError error) => _errors.Add(error);

    /// <summary>
    /// A field of an update input that may be left out, keeping its value, but not cleared: its value, or null
    /// when it was left out or, after recording <see cref="NullNotAllowedError"/>, given as null.
    /// </summary>
    public T? NotNull<T>(string field, Optional<T?> value)
        where T : struct
    {
        RefuseNull(field, value.HasValue && value.Value is null);
        return value.Value;
    }

    /// <inheritdoc cref="NotNull{T}(string, Optional{T?})"/>
    public T? NotNull<T>(string field, Optional<T?> value)
        where T : class
    {
        RefuseNull(field, value.HasValue && value.Value is null);
        return value.Value;
    }

    /// <summary>A required text: not blank, trimmed, at most <paramref name="maxLength"/> characters.</summary>
    public string Text(string field, string? value, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            _errors.Add(new BlankValueError($"{field} must not be blank.", field));
            return string.Empty;
        }

        return OptionalText(field, value, maxLength)!;
    }

    /// <summary>An optional text: null or blank become null; otherwise trimmed and length-checked.</summary>
    public string? OptionalText(string field, string? value, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            _errors.Add(new ValueTooLongError($"{field} must be at most {maxLength} characters.", field, maxLength));
        }

        return trimmed;
    }

    public string? Email(string field, string? value)
    {
        var email = OptionalText(field, value, 254);
        if (email is not null && (!MailAddress.TryCreate(email, out var address) || address.Address != email || !email.Contains('.', StringComparison.Ordinal)))
        {
            _errors.Add(new InvalidEmailError($"'{email}' is not a valid email address.", field));
        }

        return email;
    }

    /// <summary>An optional web address: absolute, http or https, with a host name; one error at most.</summary>
    public string? Url(string field, string? value)
    {
        var errors = _errors.Count;
        var url = OptionalText(field, value, 300);
        if (url is not null && errors == _errors.Count
            && (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
                || !uri.Host.Contains('.', StringComparison.Ordinal)))
        {
            _errors.Add(new InvalidUrlError($"'{url}' is not a web address such as https://example.co.uk.", field));
        }

        return url;
    }

    public int Range(string field, int value, int minimum, int maximum)
    {
        if (value < minimum || value > maximum)
        {
            _errors.Add(new OutOfRangeError($"{field} must be between {minimum} and {maximum}.", field, minimum, maximum));
        }

        return value;
    }

    private void RefuseNull(string field, bool givenAsNull)
    {
        if (givenAsNull)
        {
            _errors.Add(new NullNotAllowedError($"{field} cannot be null; leave it out to keep its value.", field));
        }
    }

    /// <summary>The key of a global ID of <paramref name="expectedType"/>, or 0 after recording an error.</summary>
    public int Id(string field, string id, string expectedType)
    {
        if (GlobalId.TryParse(id, expectedType) is { } key)
        {
            return key;
        }

        var message = GlobalId.TryDeserialize(id, out var actualType, out _)
            ? $"{field} must be {GlobalId.Article(expectedType)} {expectedType} ID, not {GlobalId.Article(actualType)} {actualType} ID."
            : $"{field} is not a valid ID.";
        _errors.Add(new InvalidIdError(message, field, id, expectedType));
        return 0;
    }
}
