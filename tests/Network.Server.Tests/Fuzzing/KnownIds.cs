using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Relay;

namespace Network.Server.Tests.Fuzzing;

/// <summary>Keys of rows that exist, per node type, so that generated IDs name real rows of the right type, or of another.</summary>
public sealed class KnownIds(IReadOnlyDictionary<string, int[]> keys)
{
    // Node types whose entity is named otherwise.
    private static readonly Dictionary<string, string> Entities = new() { ["Session"] = "PairingSession", ["Concern"] = "ConcernReport" };

    private readonly string[] _types = [.. keys.Keys.Order(StringComparer.Ordinal)];

    public static async Task<KnownIds> LoadAsync(NetworkDbContext db, IEnumerable<string> nodeTypes)
    {
        var keys = new Dictionary<string, int[]>();
        foreach (var type in nodeTypes)
        {
            var entity = Entities.GetValueOrDefault(type, type);
            var table = db.Model.GetEntityTypes().Single(e => e.ClrType.Name == entity).GetTableName();
            keys[type] = [.. await db.Database.SqlQuery<int>(FormattableStringFactory.Create($"select id as \"Value\" from {table} order by id limit 5")).ToListAsync()];
        }

        return new KnownIds(keys);
    }

    public string AnyType(Random random) => _types[random.Next(_types.Length)];

    /// <summary>The node type an argument or input field names, as <c>blockedMentorId</c> names a Mentor; null when none matches.</summary>
    public string? TypeNamed(string field)
    {
        var stem = field.EndsWith("Ids", StringComparison.Ordinal) ? field[..^3] : field.EndsWith("Id", StringComparison.Ordinal) ? field[..^2] : field;
        return stem.Length == 0 ? null : _types
            .Where(t => t.EndsWith(stem, StringComparison.OrdinalIgnoreCase) || stem.EndsWith(t, StringComparison.OrdinalIgnoreCase))
            .MaxBy(t => t.Length);
    }

    /// <summary>The key of the first row of <paramref name="type"/>.</summary>
    public int FirstKey(string type) => keys[type][0];

    /// <summary>The ID of an existing row of <paramref name="type"/>, or of a row that does not exist when the table is empty.</summary>
    public string ValidId(string type, Random random) =>
        GlobalId.Serialize(type, keys[type] is { Length: > 0 } existing ? existing[random.Next(existing.Length)] : 1);
}
