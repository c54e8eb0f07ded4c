using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Network.Client.Generator;

/// <summary>
/// Checks operations against the schema with GraphQL.NET's implementation of the specification's
/// validation rules (unknown fields, arguments of the wrong type, undefined variables, unused
/// fragments…), so that the build refuses what the server would refuse.
/// </summary>
internal static class OperationValidator
{
    public static GraphQLDocument ParseAndValidate(string schemaSdl, OperationSources sources)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(sources.Text, new ParserOptions { Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLSyntaxErrorException e)
        {
            var (file, line) = sources.Locate(e.Location.Line);
            throw new GenerationException([new Diagnostic(file, line, e.Location.Column, "NCG0001", e.Description)]);
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var diagnostics = new List<Diagnostic>();
        foreach (var operation in operations.Where(o => o.Name is null))
        {
            diagnostics.Add(sources.At(operation.Location.Start, "NCG0002", "Every operation needs a name: the client's method is named after it."));
        }

        if (diagnostics.Count > 0)
        {
            throw new GenerationException(diagnostics);
        }

        // Only validation runs against this schema, never execution: every object type may stand for any
        // abstract type, which GraphQL.NET needs to be told before it accepts unions and interfaces.
        var model = SchemaModel.Parse(schemaSdl);
        var objectTypes = model.Types.Values.Where(t => t.Kind == TypeKind.Object).Select(t => t.Name).ToList();
        var schema = Schema.For(schemaSdl, builder =>
        {
            foreach (var name in objectTypes)
            {
                builder.Types.For(name).IsTypeOfFunc = _ => true;
            }
        });
        // GraphQL.NET knows some scalars by name; the schema's others accept any value here.
        foreach (var scalar in model.Types.Values.Where(t => t.Kind == TypeKind.Scalar && !ScalarType.IsKnownToGraphQLNet(t.Name)))
        {
            schema.RegisterType(new PermissiveScalarGraphType(scalar.Name));
        }

        // Validation only: a subscription field needs a source stream to pass the schema's own checks, never one that runs.
        foreach (var field in schema.Subscription?.Fields ?? [])
        {
            field.StreamResolver = new SourceStreamResolver<object>(IObservable<object?> (_) => throw new NotSupportedException("Subscriptions are validated here, never run."));
        }

        schema.Initialize();
        var validator = new DocumentValidator();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            var result = validator.ValidateAsync(new ValidationOptions
            {
                Schema = schema,
                Document = document,
                Operation = operation,
                Rules = DocumentValidator.CoreRules,
                Variables = Inputs.Empty,
                Extensions = Inputs.Empty,
                RequestServices = null,
                User = null,
                CancellationToken = CancellationToken.None,
            }).GetAwaiter().GetResult();
            // Variable values are the caller's, at run time: only the document is checked here.
            foreach (var error in result.Errors.Where(e => e is not InvalidVariableError))
            {
                var location = error.Locations?.FirstOrDefault();
                var (file, line) = sources.Locate(location?.Line ?? 1);
                var diagnostic = new Diagnostic(file, line, location?.Column ?? 1, error is ValidationError { Number: { } number } ? "GQL" + number.Replace(".", string.Empty, StringComparison.Ordinal) : "NCG0003", error.Message);
                if (seen.Add(diagnostic.ToString()))
                {
                    diagnostics.Add(diagnostic);
                }
            }
        }

        if (diagnostics.Count > 0)
        {
            throw new GenerationException(diagnostics);
        }

        return document;
    }
}

/// <summary>A custom scalar of the schema for validation: any literal is accepted, as the server's own parser decides.</summary>
internal sealed class PermissiveScalarGraphType : ScalarGraphType
{
    public PermissiveScalarGraphType(string name) => Name = name;

    public override object? ParseValue(object? value) => value;

    public override object? ParseLiteral(GraphQLValue value) => value;

    public override bool CanParseLiteral(GraphQLValue value) => true;
}
