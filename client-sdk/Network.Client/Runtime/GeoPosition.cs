using System.Text.Json;

namespace Network.Client;

/// <summary>A GeoJSON position, the <c>Position</c> scalar: <c>[longitude, latitude]</c> in WGS 84 degrees.</summary>
public readonly record struct GeoPosition(double Longitude, double Latitude)
{
    /// <summary>Reads <c>[longitude, latitude]</c>; an altitude after them, which GeoJSON allows, is ignored.</summary>
    public static GeoPosition Parse(JsonElement json) =>
        json.ValueKind == JsonValueKind.Array && json.GetArrayLength() >= 2
            ? new(json[0].GetDouble(), json[1].GetDouble())
            : throw new FormatException($"A GeoJSON position is an array [longitude, latitude], not {json.GetRawText()}.");

    public void Write(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        writer.WriteNumberValue(Longitude);
        writer.WriteNumberValue(Latitude);
        writer.WriteEndArray();
    }
}
