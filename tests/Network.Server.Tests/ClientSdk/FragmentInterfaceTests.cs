using Network.Client.Generator;
using Network.Server.Tests.Schema;

namespace Network.Server.Tests.ClientSdk;

/// <summary>
/// The code a fragment generates: an interface, implemented by every record that spreads the fragment, on objects,
/// abstract types and the objects nested in it; and the <c>id</c> the generator asks for so the store can key entities.
/// </summary>
public sealed class FragmentInterfaceTests
{
    private static readonly string Schema = File.ReadAllText(Path.Combine(SchemaTests.RepositoryRoot(), "schema", "schema.graphql"));

    [Fact]
    public void Every_record_spreading_a_fragment_implements_its_interface_and_nested_records_the_nested_ones()
    {
        var code = Generate("""
            fragment Card on Employer { name sector localAuthority { name } }
            query Mine { me { employer { ...Card } } }
            query Near { employers(first: 5) { nodes { ...Card size } } }
            """);

        Assert.Contains("public partial interface ICard\n", code, StringComparison.Ordinal);
        Assert.Contains("ICard_LocalAuthority LocalAuthority { get; }", code, StringComparison.Ordinal);
        Assert.Contains("public sealed partial record Mine_Me_Employer(string Id, string Name, global::Network.Client.Sector Sector, Mine_Me_Employer_LocalAuthority LocalAuthority) : ICard", code, StringComparison.Ordinal);
        Assert.Contains("ICard_LocalAuthority ICard.LocalAuthority => LocalAuthority;", code, StringComparison.Ordinal);
        Assert.Contains("public sealed partial record Near_Employers_Nodes(string Id, string Name, global::Network.Client.Sector Sector, Near_Employers_Nodes_LocalAuthority LocalAuthority, global::Network.Client.SizeBand Size) : ICard", code, StringComparison.Ordinal);
        Assert.Contains("public sealed partial record Near_Employers_Nodes_LocalAuthority(string Name) : ICard_LocalAuthority", code, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fragment_on_an_interface_goes_on_the_abstract_record_and_one_on_a_member_on_that_members_variant()
    {
        var code = Generate("""
            fragment Problem on Error { message }
            fragment Outside on PostcodeOutsideRegionError { postcode }
            mutation Register($input: RegisterEmployerInput!) {
              registerEmployer(input: $input) { errors { ...Problem ...Outside } }
            }
            """);

        Assert.Contains("public abstract partial record Register_RegisterEmployer_Errors(string Typename, string Message) : IProblem", code, StringComparison.Ordinal);
        Assert.Contains("Register_RegisterEmployer_Errors_PostcodeOutsideRegionError(string Typename, string Message, string Postcode) : Register_RegisterEmployer_Errors(Typename, Message), IOutside", code, StringComparison.Ordinal);
    }

    [Fact]
    public void A_conditional_spread_gives_no_interface_and_an_alias_named_id_leaves_the_object_unkeyed()
    {
        var code = Generate("""
            fragment Card on Employer { name }
            query Mine($full: Boolean!) { me { employer { ...Card @include(if: $full) } } }
            query Aliased { me { employer { id: name } } }
            """, out var documents);

        Assert.Contains("public sealed partial record Mine_Me_Employer(string Id, string? Name)\n", code, StringComparison.Ordinal);
        Assert.Contains("employer {\n      id: name\n    }", documents.Single(d => d.Name == "Aliased").Text, StringComparison.Ordinal);
        Assert.Contains("new global::Network.Client.SelectionPlan(\"Employer\", false, [", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_key_a_field_in_the_store_with_the_variables_and_their_defaults()
    {
        var code = Generate("""
            query Page($first: Int = 5, $sector: Sector) {
              employers(first: $first, where: { sector: { eq: $sector } }, order: [{ name: ASC }]) { totalCount }
            }
            """);

        var template = """{"first":{"$variable":"first","default":5},"order":[{"name":"ASC"}],"where":{"sector":{"eq":{"$variable":"sector"}}}}""";
        Assert.Contains($"\"employers\", \"{template.Replace("\"", "\\\"", StringComparison.Ordinal)}\"", code, StringComparison.Ordinal);
    }

    private static string Generate(string operations) => Generate(operations, out _);

    private static string Generate(string operations, out IReadOnlyList<PersistedDocument> documents)
    {
        var document = OperationValidator.ParseAndValidate(Schema, new OperationSources([new SourceFile("Team.graphql", operations)]));
        var generated = new CSharpGenerator(SchemaModel.Parse(Schema), document, new GeneratorOptions("Team.Client", "TeamClient", "Network.Client")).Generate();
        documents = generated.Documents;
        return generated.Code;
    }
}
