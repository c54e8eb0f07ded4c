using System.Text;
using Network.Server.GraphQL.Budgets;

namespace Network.Server.Tests.Budgets;

/// <summary>
/// Documents for the budget tests and the budget benchmark: legitimate ones at a limit and hostile
/// ones far over it.
/// </summary>
internal static class BudgetQueries
{
    /// <summary>
    /// Documents built to exhaust a GraphQL server, each with the code it is refused with. All but the
    /// oversized one fit in the default request size limit.
    /// </summary>
    public static IReadOnlyList<HostileDocument> Hostile { get; } =
    [
        new("deep nesting through relations", ThroughRelations(40), BudgetErrorCodes.MaxDepthExceeded),
        new("wide nesting through relations", ThroughRelations(12, "(first: 50)"), BudgetErrorCodes.MaxComplexityExceeded),
        new("deep introspection", OfTypeChain(50), BudgetErrorCodes.MaxDepthExceeded),
        new("thousands of nested selections", NestedSelections(5_000), BudgetErrorCodes.MaxDepthExceeded),
        new("thousands of nested lists", NestedLists(20_000), BudgetErrorCodes.MaxDepthExceeded),
        new("thousands of aliases", Aliases(10_000), BudgetErrorCodes.MaxAliasesExceeded),
        new("thousands of repeated fields", "{ " + Repeat("__typename ", 20_000) + "}", BudgetErrorCodes.MaxSelectionsExceeded),
        new("hundreds of fragments", Fragments(200), BudgetErrorCodes.MaxFragmentsExceeded),
        new("a chain of dozens of fragments", FragmentChain(40), BudgetErrorCodes.MaxDepthExceeded),
        new("a chain of thousands of fragments", FragmentChain(6_000), BudgetErrorCodes.MaxSelectionsExceeded),
        new("a wide fragment bomb", FragmentBomb(6, fanOut: 10), BudgetErrorCodes.MaxSelectionsExceeded),
        new("a deep fragment bomb", FragmentBomb(30, fanOut: 2), BudgetErrorCodes.MaxDepthExceeded),
        new("a fragment cycle", "{ ...A } fragment A on Query { ...B } fragment B on Query { __typename ...A }", "NO_FRAGMENT_CYCLES"),
        new("a huge first", "{ employers(first: 2147483647) { nodes { name } } }", BudgetErrorCodes.PageSizeOutOfRange),
        new("a first past 64 bits", "{ employers(first: 99999999999999999999) { nodes { name } } }", BudgetErrorCodes.PageSizeOutOfRange),
        new("an oversized document", "{ " + Repeat("__typename ", 100_000) + "}", BudgetErrorCodes.RequestTooLarge),
    ];

    /// <summary>
    /// The full introspection query GraphiQL sends: graphql-js's <c>getIntrospectionQuery()</c> with its
    /// defaults (descriptions on), where <paramref name="typeDepth"/> is how many <c>ofType</c> levels
    /// each type reference asks for (7 in graphql-js 16, 9 since).
    /// </summary>
    public static string Introspection(int typeDepth)
    {
        var typeRef = new StringBuilder("kind name");
        for (var i = 0; i < typeDepth; i++)
        {
            typeRef.Append(" ofType { kind name");
        }

        typeRef.Append(new string('}', typeDepth));
        return $$"""
            query IntrospectionQuery {
              __schema {
                queryType { name kind }
                mutationType { name kind }
                subscriptionType { name kind }
                types { ...FullType }
                directives { name description locations args { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description
              fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
              inputFields { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type { {{typeRef}} }
            """;
    }

    /// <summary><c>{ __type(name: "Query") { ofType { … { name } } } }</c>: one field level per <c>ofType</c>, plus two.</summary>
    public static string OfTypeChain(int ofTypes) =>
        "{ __type(name: \"Query\") { " + Repeat("ofType { ", ofTypes) + "name " + Repeat("} ", ofTypes) + "} }";

    /// <summary>Employers, their mentors, each mentor's employer, its mentors… exactly <paramref name="levels"/> field levels deep.</summary>
    public static string ThroughRelations(int levels, string firstArguments = "")
    {
        var fields = new List<string> { $"employers{firstArguments}", "nodes" };
        while (fields.Count < levels - 1)
        {
            fields.Add(fields[^1] == "mentors" ? "employer" : "mentors");
        }

        return "{ " + string.Concat(fields.Take(levels - 1).Select(f => f + " { ")) + "__typename " + Repeat("} ", levels - 1) + "}";
    }

    /// <summary><paramref name="count"/> aliased <c>__typename</c> fields.</summary>
    public static string Aliases(int count) =>
        "{ " + string.Concat(Enumerable.Range(0, count).Select(i => $"a{i}: __typename ")) + "}";

    /// <summary>A document of exactly <paramref name="selections"/> selections: one fragment, spread again and again.</summary>
    public static string Selections(int selections) =>
        "{ " + Repeat("...A ", selections - 1) + "} fragment A on Query { __typename }";

    /// <summary>A query spreading <paramref name="count"/> distinct fragments on Query.</summary>
    public static string Fragments(int count) =>
        "{ " + string.Concat(Enumerable.Range(0, count).Select(i => $"...F{i} ")) + "} "
        + string.Concat(Enumerable.Range(0, count).Select(i => $"fragment F{i} on Query {{ __typename }} "));

    /// <summary>Fragment F0 spreads F1, which spreads F2… <paramref name="length"/> fragments deep.</summary>
    public static string FragmentChain(int length) =>
        "{ ...F0 } " + string.Concat(Enumerable.Range(0, length - 1).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }} "))
        + $"fragment F{length - 1} on Query {{ __typename }}";

    /// <summary>Each fragment spreads the next <paramref name="fanOut"/> times: fanOut^levels fields once expanded.</summary>
    public static string FragmentBomb(int levels, int fanOut) =>
        "{ ...F0 } " + string.Concat(Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Query {{ {Repeat($"...F{i + 1} ", fanOut)}}} "))
        + $"fragment F{levels} on Query {{ __typename }}";

    /// <summary>Nested selections <paramref name="levels"/> deep, far past any schema: only the parser sees them.</summary>
    public static string NestedSelections(int levels) => "{ " + Repeat("a { ", levels) + "b " + Repeat("} ", levels) + "}";

    /// <summary>A list value nested <paramref name="levels"/> deep in an argument.</summary>
    public static string NestedLists(int levels) =>
        "{ skills(where: { slug: { in: " + new string('[', levels) + "\"ai\"" + new string(']', levels) + " } }) { totalCount } }";

    public static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}

/// <summary>A hostile document, and the code of the error it is refused with.</summary>
internal sealed record HostileDocument(string Name, string Document, string Code)
{
    public override string ToString() => Name;
}
