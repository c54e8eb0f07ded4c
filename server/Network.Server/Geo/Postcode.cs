using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Network.Server.Geo;

/// <summary>A syntactically valid UK postcode: a full postcode ("CV1 2JH") or its outward code alone ("CV1").</summary>
public sealed partial record Postcode(string Area, string Outcode, string? Incode)
{
    /// <summary>The postcode in its canonical form: upper case, one space before the inward code.</summary>
    public override string ToString() => Incode is null ? Outcode : $"{Outcode} {Incode}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out Postcode? postcode)
    {
        postcode = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (compact.Length > 7)
        {
            return false;
        }

        var full = FullPostcode().Match(compact);
        if (full.Success)
        {
            postcode = new Postcode(full.Groups["area"].Value, full.Groups["outcode"].Value, full.Groups["incode"].Value);
            return true;
        }

        var outward = OutwardCode().Match(compact);
        if (outward.Success)
        {
            postcode = new Postcode(outward.Groups["area"].Value, outward.Groups["outcode"].Value, null);
            return true;
        }

        return false;
    }

    [GeneratedRegex("^(?<outcode>(?<area>[A-Z]{1,2})[0-9][0-9A-Z]?)(?<incode>[0-9][A-Z]{2})$")]
    private static partial Regex FullPostcode();

    [GeneratedRegex("^(?<outcode>(?<area>[A-Z]{1,2})[0-9][0-9A-Z]?)$")]
    private static partial Regex OutwardCode();
}
