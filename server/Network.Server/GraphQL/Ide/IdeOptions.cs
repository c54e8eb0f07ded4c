using Network.Server.Hosting;

namespace Network.Server.GraphQL.Ide;

/// <summary>
/// <c>GraphQL:Ide</c>: whether a browser that opens <c>/graphql</c> gets GraphiQL. On by default in
/// Development, off elsewhere; <c>true</c> or <c>false</c> decides in any environment.
/// </summary>
public sealed class IdeOptions
{
    public const string Key = "GraphQL:Ide";

    /// <summary>The folder, next to the server's assemblies, that the build copies the IDE's bundle to.</summary>
    public const string BundleFolder = "graphql-ide";

    public bool Enabled { get; init; }

    /// <summary>
    /// In Development the IDE pre-fills an <c>Authorization</c> header awaiting a token and says how to
    /// mint one with the server's <c>token</c> command.
    /// </summary>
    public bool TokenGuidance { get; init; }

    /// <summary>The bundle built from <c>GraphQL/Ide/client</c>.</summary>
    public string BundleDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, BundleFolder);

    public static IdeOptions Read(IConfiguration configuration, IHostEnvironment environment)
    {
        var development = environment.IsDevelopment();
        var value = configuration[Key];
        bool enabled;
        if (string.IsNullOrWhiteSpace(value))
        {
            enabled = development;
        }
        else if (!bool.TryParse(value, out enabled))
        {
            throw new StartupException($"{Key} must be true or false, not '{value}'.");
        }

        return new IdeOptions { Enabled = enabled, TokenGuidance = development };
    }
}
