using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;

namespace Network.Server.GraphQL.Budgets;

public static class BudgetServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="RequestBudgetOptions"/> from <c>GraphQL:Budgets</c> and puts every budget in
    /// place: the parser's depth limit, the budget checks ahead of validation, and the execution timeout.
    /// Call after <c>AddGraphQL</c>, whose default parser and validator these replace.
    /// </summary>
    public static WebApplicationBuilder AddRequestBudgets(this WebApplicationBuilder builder)
    {
        var environment = builder.Environment;
        builder.Services.AddOptions<RequestBudgetOptions>()
            .Configure(budgets => budgets.AllowIntrospection = environment.IsDevelopment() || environment.IsEnvironment("Testing"))
            .Bind(builder.Configuration.GetSection(RequestBudgetOptions.Section))
            .Validate(budgets => budgets is { MaxRequestBytes: > 0, MaxSyntaxDepth: > 0, MaxAliases: >= 0, MaxSelections: > 0, MaxFragments: >= 0, MaxDepth: > 0, MaxComplexity: >= 0, AssumedListSize: >= 0, MaxPageSize: >= 0 },
                $"Every {RequestBudgetOptions.Section} limit must be positive.")
            .ValidateOnStart();

        builder.Services.AddSingleton<IDocumentBuilder, BudgetDocumentBuilder>();
        builder.Services.AddSingleton<IDocumentValidator, BudgetDocumentValidator>();
        builder.Services.AddSingleton<IConfigureExecution, ExecutionTimeout>();
        return builder;
    }
}
