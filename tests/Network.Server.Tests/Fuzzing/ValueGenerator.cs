using GraphQL.Types;

namespace Network.Server.Tests.Fuzzing;

/// <summary>
/// Values for a GraphQL input type: mostly of the right shape with some hostile leaves, sometimes of the wrong
/// type, null where null is not allowed, with unknown fields, or nested as deep as filters allow.
/// </summary>
/// <param name="Random">The source of every choice.</param>
/// <param name="Ids">Keys of existing rows.</param>
/// <param name="Hostility">The chance that a leaf is hostile rather than plausible.</param>
/// <param name="Deep">Whether to nest the <c>and</c>/<c>or</c> lists of filters, and lists, deeply.</param>
public sealed record ValueGenerator(Random Random, KnownIds Ids, double Hostility, bool Deep)
{
    private const int MaxDepth = 40;

    // Deep inputs branch at every level: past this many values only required fields and empty lists are added,
    // so that a value stays a few kilobytes and never grows without bound.
    private const int MaxValues = 2_000;

    private int _values;

    public FuzzValue For(IGraphType type, string name, int depth = 0)
    {
        _values++;
        if (Chance(Hostility / 10))
        {
            return WrongType(depth);
        }

        if (type is NonNullGraphType nonNull)
        {
            return Chance(Hostility / 8) ? FuzzValue.Null : For(nonNull.ResolvedType!, name, depth);
        }

        if (Chance(Hostility / 8))
        {
            return FuzzValue.Null;
        }

        return type switch
        {
            ListGraphType list => List(list.ResolvedType!, name, depth),
            IInputObjectGraphType input => Object(input, depth),
            EnumerationGraphType enumeration => Enum(enumeration),
            ScalarGraphType scalar => Scalar(scalar, name),
            _ => throw new NotSupportedException($"No values for {type}"),
        };
    }

    private FuzzValue List(IGraphType item, string name, int depth)
    {
        if (Deep && depth < MaxDepth && Chance(0.2))
        {
            // A list nested far deeper than the type allows: refused, never followed for ever.
            return FuzzValue.List([List(item, name, depth + 5)]);
        }

        var count = _values > MaxValues ? 0 : Chance(Hostility / 4) ? Random.Next(50, 300) : Random.Next(0, 4);
        return FuzzValue.List(Enumerable.Range(0, count).Select(_ => For(item, name, depth + 1)));
    }

    private FuzzValue Object(IInputObjectGraphType input, int depth)
    {
        var fields = new List<(string, FuzzValue)>();
        foreach (var field in input.Fields)
        {
            var required = field.ResolvedType is NonNullGraphType;
            var combinator = field.Name is "and" or "or" or "not" or "some" or "all" or "none";
            var take = _values > MaxValues ? required
                : combinator && Deep && depth < MaxDepth
                ? Chance(0.7)
                : required ? !Chance(Hostility / 10) : depth < 3 && Chance(0.5);
            if (take)
            {
                fields.Add((field.Name, For(field.ResolvedType!, field.Name, depth + 1)));
            }
        }

        if (Chance(Hostility / 10))
        {
            fields.Add(("bogusField", FuzzValue.Number(1)));
        }

        return FuzzValue.Fields(fields);
    }

    private FuzzValue Enum(EnumerationGraphType enumeration)
    {
        var values = enumeration.Values.Select(v => v.Name).ToList();
        return Random.Next(10) switch
        {
            0 when Chance(Hostility) => FuzzValue.Enum("BOGUS_VALUE"),
            1 when Chance(Hostility) => FuzzValue.Enum(values[0].ToLowerInvariant()),
            2 when Chance(Hostility) => FuzzValue.Text(values[0]),
            _ => FuzzValue.Enum(values[Random.Next(values.Count)]),
        };
    }

    private FuzzValue Scalar(ScalarGraphType scalar, string name)
    {
        var hostile = Chance(Hostility);
        return scalar.Name switch
        {
            "ID" => FuzzValue.Text(Id(name, hostile)),
            "Int" => hostile ? HostileValues.WholeNumber(Random) : FuzzValue.Number(Random.Next(0, 6)),
            "Float" => hostile ? HostileValues.FractionalNumber(Random) : FuzzValue.Number("52.48"),
            "Boolean" => FuzzValue.Boolean(Random.Next(2) == 0),
            "Date" => FuzzValue.Text(hostile ? HostileValues.Date(Random) : "2026-12-01"),
            "DateTime" => FuzzValue.Text(hostile ? HostileValues.DateTime(Random) : "2026-12-01T10:00:00Z"),
            "Upload" => hostile ? FuzzValue.Text("not a file") : FuzzValue.Null,
            "Position" or "Coordinates" => Position(hostile),
            _ => FuzzValue.Text(hostile ? HostileValues.Text(Random) : Plausible(name)),
        };
    }

    private FuzzValue Position(bool hostile) => !hostile
        ? FuzzValue.List([FuzzValue.Number("-1.89"), FuzzValue.Number("52.48")])
        : Random.Next(5) switch
        {
            0 => FuzzValue.List([HostileValues.FractionalNumber(Random), HostileValues.FractionalNumber(Random)]),
            1 => FuzzValue.List([FuzzValue.Number(1)]),
            2 => FuzzValue.List([]),
            3 => FuzzValue.Text("52.48,-1.89"),
            _ => FuzzValue.List(Enumerable.Range(0, 1000).Select(_ => FuzzValue.Number(1))),
        };

    private string Id(string name, bool hostile)
    {
        var type = Ids.TypeNamed(name) ?? Ids.AnyType(Random);
        return !hostile ? Ids.ValidId(type, Random)
            : Chance(0.4) ? Ids.ValidId(Ids.AnyType(Random), Random)
            : Chance(0.2) ? HostileValues.Text(Random)
            : HostileValues.BogusId(Random, type);
    }

    private static string Plausible(string name) => name.ToLowerInvariant() switch
    {
        var n when n.Contains("email", StringComparison.Ordinal) => "someone@example.org",
        var n when n.Contains("postcode", StringComparison.Ordinal) => "B1 1AA",
        var n when n.Contains("website", StringComparison.Ordinal) || n.Contains("url", StringComparison.Ordinal) => "https://example.org",
        var n when n.Contains("zone", StringComparison.Ordinal) => "Europe/London",
        _ => "Fuzzed text",
    };

    private FuzzValue WrongType(int depth) => Random.Next(depth < 10 ? 8 : 6) switch
    {
        0 => FuzzValue.Text(HostileValues.Text(Random)),
        1 => HostileValues.WholeNumber(Random),
        2 => HostileValues.FractionalNumber(Random),
        3 => FuzzValue.Boolean(true),
        4 => FuzzValue.Enum("SOME_ENUM"),
        5 => FuzzValue.Null,
        6 => FuzzValue.List([FuzzValue.Number(1), FuzzValue.Text("x")]),
        _ => FuzzValue.Fields([("x", FuzzValue.Number(1))]),
    };

    private bool Chance(double p) => Random.NextDouble() < p;
}
