using System.Net;
using Network.Server.GraphQL.Budgets;

namespace Network.Server.Tests.Budgets;

/// <summary>Introspection is on in Development (and Testing), off by default elsewhere, and configurable.</summary>
public sealed class IntrospectionBudgetTests(IntrospectionApps apps) : IClassFixture<IntrospectionApps>
{
    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Employer\") { fields { name } } }")]
    [InlineData("{ skills(first: 1) { totalCount } ...Schema } fragment Schema on Query { __schema { types { name } } }")]
    public async Task Production_refuses_introspection_by_default(string query)
    {
        var response = await apps.Production.CreateGraphQLClient().PostAsync(query);

        Assert.Equal(
            "Introspection (__schema and __type) is disabled on this server; __typename is always available.",
            Refused.Message(Refused.With(response, BudgetErrorCodes.IntrospectionDisabled)));
    }

    [Fact]
    public async Task Typename_is_always_answered()
    {
        var data = await apps.Production.CreateGraphQLClient().QueryAsync("{ __typename skills(first: 1) { __typename nodes { __typename } } }");

        Assert.Equal("Query", data["__typename"]!.GetValue<string>());
        Assert.Equal("SkillsConnection", data["skills"]!["__typename"]!.GetValue<string>());
        Assert.Equal("Skill", data["skills"]!["nodes"]![0]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_introspection_the_schema_file_is_not_served_either()
    {
        using var off = await apps.Production.CreateClient().GetAsync("/graphql/schema.graphql");
        using var on = await apps.ProductionWithIntrospection.CreateClient().GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.NotFound, off.StatusCode);
        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
    }

    [Fact]
    public async Task Introspection_can_be_switched_on_outside_Development()
    {
        var data = await apps.ProductionWithIntrospection.CreateGraphQLClient().QueryAsync(BudgetQueries.Introspection(9));

        Assert.Equal("Query", data["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Development_answers_introspection()
    {
        var data = await apps.Development.CreateGraphQLClient().QueryAsync("{ __type(name: \"Employer\") { name } }");

        Assert.Equal("Employer", data["__type"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Under_application_json_a_refusal_is_200_without_data()
    {
        var response = await apps.Production.CreateGraphQLClient().PostAsync("{ __schema { queryType { name } } }", accept: "application/json");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(BudgetErrorCodes.IntrospectionDisabled, response.FirstErrorCode);
        Assert.False(response.Body!.AsObject().ContainsKey("data"));
    }
}
