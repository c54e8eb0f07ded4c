namespace Network.Server.GraphQL.Budgets;

/// <summary>
/// What one GraphQL request may cost the server, bound from the <c>GraphQL:Budgets</c> configuration
/// section. A request over any budget is refused before it runs, with an error code saying which
/// (see <see cref="BudgetErrorCodes"/>); the defaults allow every example in the README and the full
/// introspection query GraphiQL sends.
/// </summary>
public sealed class RequestBudgetOptions
{
    public const string Section = "GraphQL:Budgets";

    /// <summary>The largest POST body, in bytes (<c>REQUEST_TOO_LARGE</c>, HTTP 413).</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// How deep the parser may nest syntax (selection sets, arguments, list and object values) before it
    /// stops (<c>MAX_DEPTH_EXCEEDED</c>); keeps a pathological document from exhausting the stack.
    /// </summary>
    public int MaxSyntaxDepth { get; set; } = 128;

    /// <summary>Aliases in the whole document (<c>MAX_ALIASES_EXCEEDED</c>).</summary>
    public int MaxAliases { get; set; } = 50;

    /// <summary>
    /// Selections written in the whole document (fields, fragment spreads and inline fragments), and fields
    /// the operation selects once its fragments are expanded (<c>MAX_SELECTIONS_EXCEEDED</c>). GraphQL
    /// validation compares selections that share a name pairwise, so its time grows with the square of
    /// this figure; and fields that return leaves cost nothing, so this is what bounds a document of many.
    /// </summary>
    public int MaxSelections { get; set; } = 500;

    /// <summary>Fragment definitions in the document (<c>MAX_FRAGMENTS_EXCEEDED</c>); validation compares them pairwise too.</summary>
    public int MaxFragments { get; set; } = 50;

    /// <summary>
    /// Levels of nested fields in the operation, fragments expanded and introspection fields included
    /// (<c>MAX_DEPTH_EXCEEDED</c>). Fragments spread inside fragments may not nest deeper either.
    /// </summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// The operation's cost, the IBM cost specification's type cost as the schema's <c>@listSize</c>
    /// directives give it: every object in the answer counts 1, lists by their sizes (<c>MAX_COMPLEXITY_EXCEEDED</c>).
    /// </summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>The size assumed for a list field that is not paged (<c>Employer.mentors</c>, <c>Mentor.offers</c>…), published as its <c>@listSize</c>.</summary>
    public int AssumedListSize { get; set; } = 10;

    /// <summary>The largest <c>first</c> or <c>last</c> of a connection (<c>PAGE_SIZE_OUT_OF_RANGE</c>).</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>How long a request may run before it is cancelled (<c>EXECUTION_TIMEOUT</c>); zero or less for no limit.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Whether <c>__schema</c> and <c>__type</c> (and <c>/graphql/schema.graphql</c>) are served
    /// (<c>INTROSPECTION_DISABLED</c> otherwise); <c>__typename</c> always is. On by default in
    /// Development and Testing, off elsewhere.
    /// </summary>
    public bool AllowIntrospection { get; set; }
}
