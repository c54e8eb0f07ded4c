using System.Text.Json;

namespace Network.Client;

/// <summary>
/// GeoJSON coordinates, the <c>Coordinates</c> scalar: one position, or arrays of positions nested as deep as the geometry
/// type prescribes (<see cref="Depth"/>). The schema has one scalar for every geometry, so the views read it as the geometry
/// the answer's <c>type</c> names (<see cref="AsMultiPolygon"/> for a <c>MultiPolygon</c>), and the factories build one to send.
/// </summary>
public sealed class GeoCoordinates
{
    private readonly GeoPosition _position;
    private readonly IReadOnlyList<GeoCoordinates>? _items;

    private GeoCoordinates(GeoPosition position) => _position = position;

    private GeoCoordinates(IReadOnlyList<GeoCoordinates> items, int depth)
    {
        _items = items;
        Depth = depth;
    }

    /// <summary>How deep the positions lie: 0 for a Point, 1 for a LineString or MultiPoint, 2 for a Polygon or MultiLineString, 3 for a MultiPolygon.</summary>
    public int Depth { get; }

    public static GeoCoordinates Point(GeoPosition position) => new(position);

    public static GeoCoordinates LineString(IEnumerable<GeoPosition> positions) => Nest(positions, Point);

    public static GeoCoordinates MultiPoint(IEnumerable<GeoPosition> positions) => LineString(positions);

    /// <summary>A polygon: its exterior ring, then any holes, each ring closed (its last position the same as its first).</summary>
    public static GeoCoordinates Polygon(IEnumerable<IEnumerable<GeoPosition>> rings) => Nest(rings, LineString);

    public static GeoCoordinates MultiLineString(IEnumerable<IEnumerable<GeoPosition>> lines) => Polygon(lines);

    public static GeoCoordinates MultiPolygon(IEnumerable<IEnumerable<IEnumerable<GeoPosition>>> polygons) => Nest(polygons, Polygon);

    public GeoPosition AsPoint() => _items is null ? _position : throw Mismatch(0);

    public IReadOnlyList<GeoPosition> AsLineString() => Items(1).Select(i => i.AsPoint()).ToList();

    public IReadOnlyList<GeoPosition> AsMultiPoint() => AsLineString();

    /// <summary>The polygon's rings: the exterior first, then any holes.</summary>
    public IReadOnlyList<IReadOnlyList<GeoPosition>> AsPolygon() => Items(2).Select(i => i.AsLineString()).ToList();

    public IReadOnlyList<IReadOnlyList<GeoPosition>> AsMultiLineString() => AsPolygon();

    /// <summary>The polygons, each as its rings.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<GeoPosition>>> AsMultiPolygon() => Items(3).Select(i => i.AsPolygon()).ToList();

    public static GeoCoordinates Parse(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"GeoJSON coordinates are an array, not {json.GetRawText()}.");
        }

        if (json.GetArrayLength() > 0 && json[0].ValueKind == JsonValueKind.Number)
        {
            return new GeoCoordinates(GeoPosition.Parse(json));
        }

        var items = json.EnumerateArray().Select(Parse).ToList();
        var depth = items.Count == 0 ? 1 : items[0].Depth + 1;
        return items.All(i => i.Depth == depth - 1)
            ? new GeoCoordinates(items, depth)
            : throw new FormatException("GeoJSON coordinates nest their positions at one depth throughout.");
    }

    public void Write(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_items is null)
        {
            _position.Write(writer);
            return;
        }

        writer.WriteStartArray();
        foreach (var item in _items)
        {
            item.Write(writer);
        }

        writer.WriteEndArray();
    }

    public override string ToString() =>
        _items is null ? FormattableString.Invariant($"[{_position.Longitude}, {_position.Latitude}]") : $"[{string.Join(", ", _items)}]";

    private static GeoCoordinates Nest<T>(IEnumerable<T> items, Func<T, GeoCoordinates> nest)
    {
        ArgumentNullException.ThrowIfNull(items);
        var nested = items.Select(nest).ToList();
        return new GeoCoordinates(nested, nested.Count == 0 ? 1 : nested[0].Depth + 1);
    }

    private IReadOnlyList<GeoCoordinates> Items(int depth) => _items is { } items && Depth == depth ? items : throw Mismatch(depth);

    private InvalidOperationException Mismatch(int depth) =>
        new($"These coordinates nest positions {Depth} deep, not {depth}: read them with the view of the geometry type the answer names.");
}
