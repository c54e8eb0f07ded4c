using Network.Client.Tool.Introspection;

namespace Network.Client.Tool;

/// <summary>Downloads the schema into a project for the first time, with the configuration <c>update</c> reads.</summary>
internal static class InitCommand
{
    public const string SchemaFile = "schema.graphql";

    public static async Task<int> RunAsync(ToolArguments options, IntrospectionClient client, TextWriter output, CancellationToken cancellationToken)
    {
        var url = options.Url!;
        var sdl = await client.DownloadSdlAsync(url, options.Token, cancellationToken);
        Directory.CreateDirectory(options.Project);
        await FileReplacement.WriteAsync(Path.Combine(options.Project, SchemaFile), sdl, cancellationToken);
        new ToolConfig(url, SchemaFile).Save(options.Project);

        // The SDK's shared enums and input types come from the schema it was built with; a copy from a server may differ,
        // so the project generates its own from the copy, and what the build checks is what it compiles.
        await output.WriteLineAsync($"""
            Wrote {SchemaFile} from {url}, and {ToolConfig.FileName}.
            Add to your project file, so that the build checks your operations against this copy and generates its enums
            and input types in your project's namespace:

              <PropertyGroup>
                <GraphQLSchema>{SchemaFile}</GraphQLSchema>
                <GraphQLSharedTypes>none</GraphQLSharedTypes>
              </PropertyGroup>

            Run `network-client update` to download it again and see what changed.
            """);
        return 0;
    }
}
