using System.Text.Json;
using Network.Client.Generator;
using Network.Client.Tool.Introspection;

namespace Network.Server.Tests.ClientSdk.Tool;

/// <summary>The SDL written from an introspection answer: everything introspection shows, in a form the generator reads.</summary>
public sealed class SdlPrinterTests
{
    private const string Introspection = """
        {
          "description": "The network.",
          "queryType": { "name": "Query" }, "mutationType": null, "subscriptionType": null,
          "types": [
            { "kind": "OBJECT", "name": "Query", "description": null, "interfaces": [], "fields": [
              { "name": "mentors", "description": "Mentors near a place.", "isDeprecated": false, "deprecationReason": null,
                "args": [
                  { "name": "near", "description": null, "defaultValue": null, "type": { "kind": "NON_NULL", "name": null, "ofType": { "kind": "INPUT_OBJECT", "name": "PlaceInput", "ofType": null } } },
                  { "name": "first", "description": null, "defaultValue": "10", "type": { "kind": "SCALAR", "name": "Int", "ofType": null } } ],
                "type": { "kind": "NON_NULL", "name": null, "ofType": { "kind": "LIST", "name": null, "ofType": { "kind": "NON_NULL", "name": null, "ofType": { "kind": "OBJECT", "name": "Mentor", "ofType": null } } } } },
              { "name": "oldMentors", "description": null, "isDeprecated": true, "deprecationReason": "Use \"mentors\".", "args": [],
                "type": { "kind": "LIST", "name": null, "ofType": { "kind": "OBJECT", "name": "Mentor", "ofType": null } } } ] },
            { "kind": "OBJECT", "name": "Mentor", "description": "A volunteer.\nTwo lines.", "interfaces": [], "fields": [
              { "name": "since", "description": null, "args": [], "isDeprecated": false, "deprecationReason": null, "type": { "kind": "SCALAR", "name": "DateTime", "ofType": null } },
              { "name": "status", "description": null, "args": [], "isDeprecated": false, "deprecationReason": null, "type": { "kind": "ENUM", "name": "Status", "ofType": null } } ] },
            { "kind": "ENUM", "name": "Status", "description": null, "enumValues": [
              { "name": "ACTIVE", "description": null, "isDeprecated": false, "deprecationReason": null },
              { "name": "PAUSED", "description": "On hold.", "isDeprecated": true, "deprecationReason": "No longer supported" } ] },
            { "kind": "INPUT_OBJECT", "name": "PlaceInput", "description": null, "isOneOf": true, "inputFields": [
              { "name": "postcode", "description": null, "defaultValue": null, "type": { "kind": "SCALAR", "name": "String", "ofType": null } },
              { "name": "town", "description": null, "defaultValue": null, "isDeprecated": true, "deprecationReason": "Use postcode.", "type": { "kind": "SCALAR", "name": "String", "ofType": null } } ] },
            { "kind": "SCALAR", "name": "DateTime", "description": null, "specifiedByURL": "https://www.graphql-scalars.com/date-time" },
            { "kind": "SCALAR", "name": "String", "description": "Built in." },
            { "kind": "SCALAR", "name": "Int", "description": "Built in." },
            { "kind": "OBJECT", "name": "__Type", "description": null, "interfaces": [], "fields": [] }
          ],
          "directives": [
            { "name": "tag", "description": null, "isRepeatable": true, "locations": ["OBJECT"], "args": [] },
            { "name": "cost", "description": "Weight.", "isRepeatable": false, "locations": ["FIELD_DEFINITION", "OBJECT"], "args": [
              { "name": "weight", "description": "The weight.", "defaultValue": null, "type": { "kind": "NON_NULL", "name": null, "ofType": { "kind": "SCALAR", "name": "String", "ofType": null } } } ] },
            { "name": "skip", "description": null, "isRepeatable": false, "locations": ["FIELD"], "args": [] }
          ]
        }
        """;

    private const string Sdl = """"
        "The network."
        schema {
          query: Query
        }

        "Weight."
        directive @cost(
          "The weight."
          weight: String!
        ) on FIELD_DEFINITION | OBJECT

        directive @tag repeatable on OBJECT

        scalar DateTime @specifiedBy(url: "https://www.graphql-scalars.com/date-time")

        """
        A volunteer.
        Two lines.
        """
        type Mentor {
          since: DateTime
          status: Status
        }

        input PlaceInput @oneOf {
          postcode: String
          town: String @deprecated(reason: "Use postcode.")
        }

        type Query {
          "Mentors near a place."
          mentors(near: PlaceInput!, first: Int = 10): [Mentor!]!
          oldMentors: [Mentor] @deprecated(reason: "Use \"mentors\".")
        }

        enum Status {
          ACTIVE
          "On hold."
          PAUSED @deprecated
        }

        """";

    [Fact]
    public void Introspection_is_written_as_SDL_with_descriptions_defaults_deprecations_and_directives()
    {
        Assert.Equal(Sdl, SdlPrinter.Print(JsonDocument.Parse(Introspection).RootElement));
    }

    [Fact]
    public void The_generator_reads_the_SDL_written()
    {
        var sdl = SdlPrinter.Print(JsonDocument.Parse(Introspection).RootElement);
        var sources = new OperationSources([new SourceFile("Mentors.graphql", "query Mentors { mentors(near: { postcode: \"CV1\" }, first: 5) { since status } }\n")]);

        var document = OperationValidator.ParseAndValidate(sdl, sources);
        var code = new CSharpGenerator(SchemaModel.Parse(sdl), document, new GeneratorOptions("Team", "TeamClient", SharedTypesNamespace: null)).Generate();

        Assert.Equal("Mentors", Assert.Single(code.Documents).Name);
        Assert.Contains("public enum Status", code.Code, StringComparison.Ordinal);
        Assert.Contains("public sealed partial record PlaceInput", code.Code, StringComparison.Ordinal);
    }
}
