using Network.Client.Generator;
using Network.Server.Tests.Schema;

namespace Network.Server.Tests.ClientSdk;

/// <summary>A project's own scalar serializer, as the generator uses it for that project's variables and results.</summary>
public sealed class ScalarRegistrationTests
{
    private const string Import = """
        mutation ImportFromFile($employer: ID!, $file: Upload!) {
          importMentors(input: { employerId: $employer, file: $file }) { __typename }
        }

        query GapsSince($since: DateTime) {
          skillsGaps(where: { publishedAt: { gte: $since } }) { nodes { closedAt } }
        }
        """;

    private static readonly string Schema = File.ReadAllText(Path.Combine(SchemaTests.RepositoryRoot(), "schema", "schema.graphql"));

    [Fact]
    public void A_registered_scalar_is_read_and_written_by_its_serializer_and_an_unknown_one_stays_JSON()
    {
        var registered = Generate(
            ScalarRegistration.Parse("Upload=Team.UploadFile,Team.UploadSerializer"),
            ScalarRegistration.Parse("DateTime = Team.Stamp<long> , Team.StampSerializer<long>"));
        var plain = Generate();

        Assert.Contains("ExecuteAsync(string employer, Team.UploadFile file, ", registered, StringComparison.Ordinal);
        Assert.Contains("ExecuteAsync(Team.Stamp<long>? since = default, ", registered, StringComparison.Ordinal);
        Assert.Contains("global::Network.Client.ScalarSerializers.Write<Team.UploadSerializer, Team.UploadFile>(writer, file);", registered, StringComparison.Ordinal);
        Assert.Contains("global::Network.Client.ScalarSerializers.Write<Team.StampSerializer<long>, Team.Stamp<long>>(writer, ", registered, StringComparison.Ordinal);
        Assert.Contains("global::Network.Client.ScalarSerializers.Read<Team.StampSerializer<long>, Team.Stamp<long>>(", registered, StringComparison.Ordinal);
        Assert.Contains("ExecuteAsync(string employer, JsonElement file, ", plain, StringComparison.Ordinal);
        Assert.Contains("ExecuteAsync(global::System.DateTimeOffset? since = default, ", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registration_naming_no_scalar_of_the_schema_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("scalar-registration-");
        try
        {
            var operation = Path.Combine(folder.FullName, "Import.graphql");
            File.WriteAllText(operation, Import);
            string[] args =
            [
                "--schema", Path.Combine(SchemaTests.RepositoryRoot(), "schema", "schema.graphql"), "--namespace", "Team", "--client", "TeamClient",
                "--scalar", "Sector=Team.Sector,Team.SectorSerializer", "--output", Path.Combine(folder.FullName, "TeamClient.g.cs"), operation,
            ];

            var error = new StringWriter();
            var standardError = Console.Error;
            Console.SetError(error);
            int exit;
            try
            {
                exit = Network.Client.Generator.Program.Main(args);
            }
            finally
            {
                Console.SetError(standardError);
            }

            Assert.Equal(2, exit);
            Assert.Contains("error NCG0100: GraphQLScalar 'Sector' is not a scalar of the schema.", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Generate(params ScalarRegistration[] scalars)
    {
        var document = OperationValidator.ParseAndValidate(Schema, new OperationSources([new SourceFile("Import.graphql", Import)]));
        return new CSharpGenerator(SchemaModel.Parse(Schema), document, new GeneratorOptions("Team", "TeamClient", "Network.Client", scalars)).Generate().Code;
    }
}
