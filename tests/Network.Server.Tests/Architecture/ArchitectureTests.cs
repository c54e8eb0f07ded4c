using System.Text.RegularExpressions;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using Network.Server.Hosting;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Network.Server.Tests.Architecture;

/// <summary>
/// The server's dependency graph: the shared layers use no feature, and each feature uses only the
/// features listed before it in <see cref="NetworkFeatures.All"/>, the order the server registers them in.
/// </summary>
public sealed class ArchitectureTests
{
    /// <summary>The shared layers, which may use each other and no feature.</summary>
    public static readonly string[] Infrastructure = ["Data", "GraphQL", "Hosting", "Observability", "Protection"];

    private static readonly ArchUnitNET.Domain.Architecture Server = new ArchLoader().LoadAssemblies(typeof(NetworkFeatures).Assembly).Build();

    /// <summary>The features in dependency order, named by their modules' namespaces.</summary>
    public static IReadOnlyList<string> Features { get; } = [.. NetworkFeatures.All.Select(module => FeatureOf(module.GetType()))];

    public static TheoryData<string> FeaturesWithLaterOnes => [.. Features.SkipLast(1)];

    [Fact]
    public void Infrastructure_uses_no_feature() =>
        Types().That().ResideInNamespaceMatching(Pattern(Infrastructure))
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(Pattern(Features)))
            .Check(Server);

    [Theory]
    [MemberData(nameof(FeaturesWithLaterOnes))]
    public void A_feature_uses_no_feature_listed_after_it(string feature) =>
        Types().That().ResideInNamespaceMatching(Pattern([feature]))
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(Pattern(Features.SkipWhile(f => f != feature).Skip(1))))
            .Check(Server);

    [Fact]
    public void The_rules_see_real_dependencies()
    {
        // Pairings uses Mentors, so forbidding it must fail: the rules above are not vacuously true.
        var rule = Types().That().ResideInNamespaceMatching(Pattern(["Pairings"]))
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(Pattern(["Mentors"])));
        Assert.False(rule.HasNoViolations(Server));
    }

    [Fact]
    public void Every_folder_is_a_shared_layer_or_a_listed_feature()
    {
        var folders = typeof(NetworkFeatures).Assembly.GetTypes()
            .Select(t => t.Namespace ?? string.Empty)
            .Where(n => n.StartsWith("Network.Server.", StringComparison.Ordinal))
            .Select(n => n.Split('.')[2])
            .Distinct();

        Assert.Empty(folders.Except(Infrastructure).Except(Features));
    }

    [Fact]
    public void Each_feature_has_one_module_and_every_module_is_listed()
    {
        var modules = typeof(NetworkFeatures).Assembly.GetTypes()
            .Where(t => typeof(IFeatureModule).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
            .ToList();

        Assert.Equal(modules.Count, Features.Distinct().Count());
        Assert.Equal(modules.OrderBy(t => t.FullName), NetworkFeatures.All.Select(m => m.GetType()).OrderBy(t => t.FullName));
    }

    private static string FeatureOf(System.Type module) => module.Namespace!.Split('.')[2];

    /// <summary>The namespaces of these top-level folders and everything below them.</summary>
    private static string Pattern(IEnumerable<string> folders) =>
        $@"^Network\.Server\.({string.Join('|', folders.Select(Regex.Escape))})(\..+)?$";
}
