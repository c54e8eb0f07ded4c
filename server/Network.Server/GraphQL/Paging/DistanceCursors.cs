using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using GraphQL;
using NetTopologySuite.Geometries;
using Network.Server.GraphQL.Sorting;

namespace Network.Server.GraphQL.Paging;

/// <summary>
/// Keyset cursors of one list ordered by distance from one origin: opaque base64, as HotChocolate's,
/// of <c>near:SCOPE:DISTANCE:PLACE:KEY</c>. The distance is written so that it reads back to the same double,
/// and SCOPE is a short hash of the list, the origin and the direction, so that a cursor is refused
/// where its distance would mean something else (another list, origin or direction). The radius and
/// the filters are not part of it: a cursor only says where to continue, as HotChocolate's do.
/// </summary>
public sealed class DistanceCursors(string list, Point origin, SortDirection direction)
{
    private const string Prefix = "near:";
    private const int MaxLength = 128;

    // The decoded text of the longest cursor: the prefix, a 12-character scope, a double and two keys.
    private const int MaxTextLength = 96;

    private readonly string _scope = Scope(list, origin, direction);

    public static bool IsDistanceCursor(string cursor) => Decode(cursor)?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>The cursor of <paramref name="position"/>, written straight into bytes: a page writes one for each of its rows.</summary>
    public string Encode(DistanceCursor position)
    {
        Span<byte> text = stackalloc byte[MaxTextLength];
        if (!Utf8.TryWrite(text, CultureInfo.InvariantCulture, $"{Prefix}{_scope}:{position.Distance:R}:{position.Place}:{position.Key}", out var written))
        {
            throw new InvalidOperationException("A distance cursor did not fit its buffer.");
        }

        return Convert.ToBase64String(text[..written]);
    }

    /// <summary>The position <paramref name="cursor"/> names, or an <c>INVALID_CURSOR</c> error saying why not.</summary>
    public DistanceCursor? Parse(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        var text = Decode(cursor);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            throw new ExecutionError($"'{cursor}' is a cursor of another order; a list ordered by distance alone has cursors of its own.") { Code = "INVALID_CURSOR" };
        }

        var parts = text?.StartsWith(Prefix, StringComparison.Ordinal) == true ? text[Prefix.Length..].Split(':') : null;
        if (parts is not [var scope, var distanceText, var placeText, var keyText]
            || !double.TryParse(distanceText, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var distance)
            || !double.IsFinite(distance)
            || !int.TryParse(placeText, NumberStyles.None, CultureInfo.InvariantCulture, out var place)
            || !int.TryParse(keyText, NumberStyles.None, CultureInfo.InvariantCulture, out var key))
        {
            throw new ExecutionError($"'{cursor}' is not a valid cursor.") { Code = "INVALID_CURSOR" };
        }

        if (scope != _scope)
        {
            throw new ExecutionError($"'{cursor}' is a cursor of another list, origin or order; start again without it.") { Code = "INVALID_CURSOR" };
        }

        return new DistanceCursor(distance, place, key);
    }

    private static string? Decode(string cursor)
    {
        if (cursor.Length > MaxLength || !Base64.IsValid(cursor))
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(cursor));
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static string Scope(string list, Point origin, SortDirection direction)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{list}|{origin.X:R}|{origin.Y:R}|{direction}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 6));
    }
}
