using System.Text;
using GraphQL.Types;

namespace Network.Server.Tests.Fuzzing;

/// <summary>
/// Generates fuzz cases from the running server's schema: for a root field, a document whose arguments are
/// inline literals or variables (or both), with hostile values, wrong types, missing, null or unknown
/// arguments, deep inputs, huge strings, and now and then a body that is not valid UTF-8 or JSON.
/// </summary>
public sealed class CaseGenerator(ISchema schema, KnownIds ids, IReadOnlyList<string> callers)
{
    private readonly List<(string Operation, FieldType Field)> _fields =
    [
        .. schema.Query.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).Select(f => ("query", f)),
        .. schema.Mutation!.Fields.Select(f => ("mutation", f)),
    ];

    public IReadOnlyList<(string Operation, FieldType Field)> Fields => _fields;

    /// <summary>The case of number <paramref name="number"/> of the run of <paramref name="seed"/>: the same every time.</summary>
    public FuzzCase Generate(int seed, int number)
    {
        var random = new Random(unchecked((seed * 1_000_003) + number));

        // Every field in turn, so that each gets its share of cases however few there are.
        var (operation, field) = _fields[number % _fields.Count];
        var caller = random.Next(10) < 7 ? callers[0] : callers[random.Next(callers.Count)];
        var kind = random.Next(20) switch
        {
            0 or 1 or 2 => "plausible",
            3 or 4 => "deep",
            5 => "wrong variable types",
            6 => "missing and unknown arguments",
            7 => "huge string beyond the limit",
            8 => "invalid UTF-8",
            9 => "malformed request",
            _ => "hostile",
        };
        var values = new ValueGenerator(random, ids, kind == "plausible" ? 0.05 : 0.35, kind == "deep");
        var definitions = new List<string>();
        var variables = new List<(string, FuzzValue)>();
        var arguments = new List<string>();
        foreach (var argument in field.Arguments ?? [])
        {
            if (kind == "missing and unknown arguments" && random.Next(3) == 0)
            {
                continue;
            }

            var required = argument.ResolvedType is NonNullGraphType;
            if (!required && random.Next(3) == 0)
            {
                continue;
            }

            var value = values.For(argument.ResolvedType!, argument.Name);
            if (random.Next(2) == 0)
            {
                arguments.Add($"{argument.Name}: {value.Literal}");
                continue;
            }

            var type = kind == "wrong variable types" && random.Next(2) == 0 ? WrongTypeName(random) : Selections.TypeName(argument.ResolvedType!);
            definitions.Add($"${argument.Name}: {type}");
            variables.Add((argument.Name, value));
            arguments.Add($"{argument.Name}: ${argument.Name}");
        }

        if (kind == "missing and unknown arguments")
        {
            arguments.Add("unknownArgument: 1");
        }

        if (kind == "huge string beyond the limit")
        {
            variables.Add(("ignored", FuzzValue.Text(HostileValues.BeyondLimit())));
        }

        var document = new StringBuilder(operation).Append(" Fuzz");
        if (definitions.Count > 0)
        {
            document.Append('(').AppendJoin(", ", definitions).Append(')');
        }

        document.Append(" { ").Append(field.Name);
        if (arguments.Count > 0)
        {
            document.Append('(').AppendJoin(", ", arguments).Append(')');
        }

        document.Append(Selections.For(field.ResolvedType!)).Append(" }");
        var text = document.ToString();
        var body = Encoding.UTF8.GetBytes($"{{\"query\":{FuzzValue.Quote(text)},\"variables\":{FuzzValue.Fields(variables).Json}}}");
        body = kind switch
        {
            "invalid UTF-8" => InvalidUtf8(body, random),
            "malformed request" => Malformed(body, text, random),
            _ => body,
        };
        return new FuzzCase(number, operation, field, caller, kind, text, body);
    }

    private static string WrongTypeName(Random random) => new[] { "String", "Int!", "[ID!]!", "Boolean", "UnknownType", "Float!" }[random.Next(6)];

    /// <summary>The body with bytes no UTF-8 text has put into it: inside a string, or between tokens.</summary>
    private static byte[] InvalidUtf8(byte[] body, Random random)
    {
        byte[][] invalid = [[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80]];
        var at = random.Next(1, body.Length - 1);
        return [.. body[..at], .. invalid[random.Next(invalid.Length)], .. body[at..]];
    }

    private static byte[] Malformed(byte[] body, string document, Random random) => random.Next(8) switch
    {
        0 => body[..random.Next(body.Length)],
        1 => Encoding.UTF8.GetBytes($"{{\"query\":{FuzzValue.Quote(document)},\"variables\":[1,2]}}"),
        2 => Encoding.UTF8.GetBytes($"{{\"query\":{FuzzValue.Quote(document)},\"variables\":\"{{}}\"}}"),
        3 => Encoding.UTF8.GetBytes("{\"query\":42}"),
        4 => Encoding.UTF8.GetBytes($"{{\"query\":{FuzzValue.Quote(document)},\"query\":\"{{ me {{ __typename }} }}\"}}"),
        5 => Encoding.UTF8.GetBytes($"{{\"query\":{FuzzValue.Quote(document)},\"operationName\":{{}},\"extensions\":[]}}"),
        6 => Encoding.UTF8.GetBytes(new string('[', 10_000)),
        _ => Encoding.UTF8.GetBytes($"[{{\"query\":{FuzzValue.Quote(document)}}}]"),
    };
}
