using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Network.Server.GraphQL.Ide;

/// <summary>An example operation of the README and the caller it is written for (<c>anonymous</c> or a role).</summary>
public sealed record ReadmeExample(string Caller, string Document)
{
    public bool IsAnonymous => Caller == ReadmeExamples.Anonymous;
}

/// <summary>
/// The README's example operations: its <c>```graphql</c> blocks, each opening with a
/// <c># Caller: ROLE</c> line. The build embeds the README in the server, so the IDE offers the examples
/// of the README it was built with, wherever it runs.
/// </summary>
public static partial class ReadmeExamples
{
    public const string Anonymous = "anonymous";

    /// <summary>The name of the README as the build embeds it.</summary>
    public const string ResourceName = "README.md";

    /// <summary>The examples of the embedded README; none when the build embedded no README.</summary>
    public static IReadOnlyList<ReadmeExample> Load()
    {
        using var stream = typeof(ReadmeExamples).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return [];
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>The examples in <paramref name="markdown"/>, in order; blocks that name no caller are left out.</summary>
    public static IReadOnlyList<ReadmeExample> Parse(string markdown) =>
        [.. GraphQLBlock().Matches(markdown.ReplaceLineEndings("\n"))
            .Select(match => match.Groups[1].Value)
            .Select(block => (Block: block, Caller: CallerLine().Match(block)))
            .Where(example => example.Caller.Success)
            .Select(example => new ReadmeExample(example.Caller.Groups[1].Value, example.Block))];

    /// <summary>
    /// The example with an operation name, which GraphiQL shows as the tab's title: an anonymous operation
    /// is named after its first root field and its caller (<c>query SkillsGapsAsPartner</c>), made unique
    /// with a number when <paramref name="taken"/> holds the name. A named operation, or text that does
    /// not parse, is returned as it is.
    /// </summary>
    public static string WithOperationName(ReadmeExample example, ISet<string> taken)
    {
        var text = example.Document;
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(text, new ParserOptions { Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLSyntaxErrorException)
        {
            return text;
        }

        if (document.Definitions.OfType<GraphQLOperationDefinition>().FirstOrDefault() is not { Name: null } operation)
        {
            return text;
        }

        var rootField = operation.SelectionSet.Selections.OfType<GraphQLField>().FirstOrDefault()?.Name.StringValue ?? "Operation";
        var name = $"{PascalCase(rootField)}As{PascalCase(example.Caller)}";
        for (var number = 2; !taken.Add(name); number++)
        {
            name = $"{PascalCase(rootField)}As{PascalCase(example.Caller)}{number}";
        }

        var start = operation.Location.Start;
        if (text[start] == '{')
        {
            return text.Insert(start, $"query {name} ");
        }

        var keyword = operation.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
        return text.Insert(start + keyword.Length, $" {name}");
    }

    /// <summary><c>skillsGaps</c> → <c>SkillsGaps</c>, <c>EMPLOYER_ADMIN</c> → <c>EmployerAdmin</c>.</summary>
    private static string PascalCase(string name)
    {
        if (name.Contains('_', StringComparison.Ordinal) || name.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return string.Concat(name.Split('_', StringSplitOptions.RemoveEmptyEntries)
                .Select(part => char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant()));
        }

        return char.ToUpper(name[0], CultureInfo.InvariantCulture) + name[1..];
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();

    [GeneratedRegex("^# Caller: (\\w+)")]
    private static partial Regex CallerLine();
}
