namespace Network.Server.Tests.ClientSdk;

/// <summary>The programs and operations of <see cref="SdkTypeConsumerTests"/>' consumer projects; each prints lines the test reads.</summary>
internal static class SdkTypeConsumerPrograms
{
    public const string Places = """
        using System.Globalization;
        using System.Text.Json;
        using Microsoft.Extensions.DependencyInjection;
        using Network.Client;
        using Team.Places;

        var services = new ServiceCollection();
        services.AddTeamPlacesClient().ConfigureHttpClient(c => c.BaseAddress = new Uri(args[0]), http => http.AddHttpMessageHandler(() => new TokenHandler(args[1])));
        services.AddNetworkClient().ConfigureHttpClient(c => c.BaseAddress = new Uri(args[0]), http => http.AddHttpMessageHandler(() => new TokenHandler(args[1])));
        var provider = services.BuildServiceProvider();
        var team = provider.GetRequiredService<TeamPlacesClient>();
        var network = provider.GetRequiredService<NetworkClient>();

        // A point written as input; positions read from the answer.
        var near = new NearInput { Origin = new PlaceInput { Point = new GeoJSONPointInput { Coordinates = new GeoPosition(-1.506, 52.40939) } }, RadiusKm = 1 };
        foreach (var employer in (await team.EmployersAround.ExecuteAsync(near)).EnsureNoErrors().Employers.Nodes!)
        {
            GeoPosition position = employer.Location.Coordinates!.Value;
            Console.WriteLine(FormattableString.Invariant($"employer {employer.Name} {position.Longitude} {position.Latitude}"));
        }

        // DateTime read and written as this project's UtcTime, by its serializer.
        var since = new UtcTime(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));
        foreach (var gap in (await team.GapsPublishedSince.ExecuteAsync(since)).EnsureNoErrors().SkillsGaps.Nodes!)
        {
            UtcTime published = gap.PublishedAt;
            UtcTime? closed = gap.ClosedAt;
            Console.WriteLine($"gap {published.GetType().Name} {UtcTimeSerializer.Format(published)} closed {closed?.ToString() ?? "null"}");
        }

        Console.WriteLine($"serializer read {UtcTimeSerializer.Reads} wrote {UtcTimeSerializer.Writes}");

        // An input field left out keeps its value; one given as null clears it.
        var kept = (await network.UpdateSkillsGap.ExecuteAsync(new UpdateSkillsGapInput { SkillsGapId = args[2], HardToFillVacancies = 4 })).EnsureNoErrors().UpdateSkillsGap.SkillsGap!;
        Console.WriteLine($"kept {kept.Description ?? "null"} {kept.HardToFillVacancies}");
        var cleared = (await network.UpdateSkillsGap.ExecuteAsync(new UpdateSkillsGapInput { SkillsGapId = args[2], Description = null })).EnsureNoErrors().UpdateSkillsGap.SkillsGap!;
        Console.WriteLine($"cleared {cleared.Description ?? "null"} {cleared.HardToFillVacancies}");

        namespace Team.Places
        {
            public sealed record UtcTime(DateTime Value);

            public sealed class UtcTimeSerializer : IScalarSerializer<UtcTime>
            {
                public static int Reads { get; private set; }

                public static int Writes { get; private set; }

                public static string Format(UtcTime time) => time.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

                public UtcTime Parse(JsonElement json)
                {
                    Reads++;
                    return new(DateTime.Parse(json.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal));
                }

                public void Write(Utf8JsonWriter writer, UtcTime value)
                {
                    Writes++;
                    writer.WriteStringValue(Format(value));
                }
            }
        }
        """ + TokenHandler;

    public const string PlacesOperations = """
        query EmployersAround($near: NearInput!) {
          employers(near: $near, first: 5) { nodes { name location { coordinates } } }
        }

        query GapsPublishedSince($since: DateTime!) {
          skillsGaps(where: { publishedAt: { gte: $since } }, first: 5) { nodes { publishedAt closedAt } }
        }
        """;

    public const string Older = """
        using Microsoft.Extensions.DependencyInjection;
        using Team.Older;

        var services = new ServiceCollection();
        services.AddTeamOlderClient().ConfigureHttpClient(c => c.BaseAddress = new Uri(args[0]), http => http.AddHttpMessageHandler(() => new TokenHandler(args[1])));
        var client = services.BuildServiceProvider().GetRequiredService<TeamOlderClient>();

        var near = new NearInput { Origin = new PlaceInput { Postcode = "WV1" }, RadiusKm = 1 };
        foreach (var gap in (await client.GapsNearWolverhampton.ExecuteAsync(near)).EnsureNoErrors().SkillsGaps.Nodes!.OrderBy(g => g.Skill.Slug))
        {
            Console.WriteLine($"{gap.Skill.Slug} {gap.Severity} {gap.HardToFillVacancies}");
        }

        Console.WriteLine($"severities {string.Join(",", Enum.GetNames<SkillsGapSeverity>())}");
        """ + TokenHandler;

    public const string OlderOperations = """
        query GapsNearWolverhampton($near: NearInput!) {
          skillsGaps(near: $near, first: 10) { nodes { severity hardToFillVacancies skill { slug } } }
        }
        """;

    private const string TokenHandler = """


        sealed class TokenHandler(string token) : DelegatingHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                request.Headers.Authorization = new("Bearer", token);
                return base.SendAsync(request, cancellationToken);
            }
        }
        """;
}
