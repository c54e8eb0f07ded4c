using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Architecture;

public sealed class ExampleFeatureApp : NetworkApp
{
    public ExampleFeatureApp() => AddedFeatures = [new ExampleFeature()];
}

public sealed class AddingAFeatureTests(ExampleFeatureApp app) : IClassFixture<ExampleFeatureApp>
{
    [Fact]
    public async Task A_module_adds_its_service_its_root_field_and_a_field_on_another_features_type()
    {
        await app.SeedOnceAsync(data => data.EmployerAsync("West Bromwich Precision Castings", Sector.EngineeringManufacturing, "B70 7PL"));

        var data = await app.CreateGraphQLClient().QueryAsync("{ motto employers(first: 1) { nodes { name initials } } }");

        Assert.Equal("Skills shared are skills grown.", data["motto"]!.GetValue<string>());
        Assert.Equal("WBPC", data["employers"]!["nodes"]![0]!["initials"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_added_fields_are_in_the_served_schema_and_nothing_else_changes()
    {
        var served = await app.CreateClient().GetStringAsync("/graphql/schema.graphql");
        var committed = await File.ReadAllTextAsync(Path.Combine(Schema.SchemaTests.RepositoryRoot(), "schema", "schema.graphql"));

        string[] expected = ["  \"The network's motto.\"", "  motto: String!", "  \"The initials of the employer's name.\"", "  initials: String!"];
        var added = served.Split('\n').Except(committed.Split('\n'));
        Assert.Equal(expected.Order(StringComparer.Ordinal), added.Order(StringComparer.Ordinal));
    }
}
