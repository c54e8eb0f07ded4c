using System.Text;
using System.Text.Json;

namespace Network.Client.Generator;

/// <summary>
/// <c>Network.Client.Generator --schema schema.graphql --namespace N --client NameClient [--shared-types N]
/// [--scalar Name=RuntimeType,Serializer]… --output Client.g.cs [--manifest operations.json] file.graphql…</c>: checks the operations against the
/// schema and writes the typed client, and the persisted-operation manifest (<c>{ "sha256": "document" }</c>).
/// Problems are printed in MSBuild's error format (file, line, column), and the exit code is 1.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            var options = Arguments.Parse(args);
            var sources = new OperationSources(options.Files.Select(f => new SourceFile(f, File.ReadAllText(f))));
            var schemaText = File.ReadAllText(options.Schema);
            var document = OperationValidator.ParseAndValidate(schemaText, sources);
            var schema = SchemaModel.Parse(schemaText);
            if (options.Scalars.FirstOrDefault(s => !schema.Types.TryGetValue(s.Name, out var type) || type.Kind != TypeKind.Scalar) is { } stray)
            {
                throw new ArgumentException($"GraphQLScalar '{stray.Name}' is not a scalar of the schema.");
            }

            var generated = new CSharpGenerator(schema, document, new GeneratorOptions(options.Namespace, options.Client, options.SharedTypes, options.Scalars)).Generate();
            WriteIfChanged(options.Output, generated.Code);
            if (options.Manifest is { } manifest)
            {
                var entries = generated.Documents.ToDictionary(d => d.Hash, d => d.Text);
                WriteIfChanged(manifest, JsonSerializer.Serialize(entries, ManifestJson.Options) + "\n");
            }

            Console.WriteLine($"Network.Client.Generator: {generated.Documents.Count} operations from {options.Files.Count} files -> {options.Output}");
            return 0;
        }
        catch (GenerationException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                Console.Error.WriteLine(diagnostic);
            }

            return 1;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"Network.Client.Generator: error NCG0100: {e.Message}");
            return 2;
        }
    }

    /// <summary>Leaves an unchanged file alone, so that the build does not recompile for nothing.</summary>
    private static void WriteIfChanged(string path, string content)
    {
        if (File.Exists(path) && File.ReadAllText(path) == content)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
    }
}

internal static class ManifestJson
{
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true };
}

internal sealed record Arguments(
    string Schema, string Namespace, string Client, string? SharedTypes, string Output, string? Manifest, IReadOnlyList<ScalarRegistration> Scalars, IReadOnlyList<string> Files)
{
    public static Arguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var scalars = new List<ScalarRegistration>();
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                if (i + 1 >= args.Length)
                {
                    throw new ArgumentException($"{args[i]} needs a value.");
                }

                if (args[i] == "--scalar")
                {
                    scalars.Add(ScalarRegistration.Parse(args[++i]));
                    continue;
                }

                values[args[i][2..]] = args[++i];
            }
            else
            {
                files.Add(args[i]);
            }
        }

        string Required(string name) => values.TryGetValue(name, out var value) && value.Length > 0 ? value : throw new ArgumentException($"--{name} is required.");
        return new Arguments(
            Required("schema"), Required("namespace"), Required("client"), values.GetValueOrDefault("shared-types"), Required("output"), values.GetValueOrDefault("manifest"), scalars,
            [.. files.Order(StringComparer.Ordinal)]);
    }
}
