using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Seeding;

/// <summary>The demo's webinars: past and ahead, online and in person, one draft only its organiser sees, one cancelled.</summary>
public sealed partial class DemoSeedTests
{
    [Fact]
    public async Task Demo_webinars_were_held_and_are_ahead_online_and_in_person_and_the_draft_is_its_organiser_s()
    {
        const string Query = """
            { webinars(first: 20, order: [{ startsAt: ASC }]) { totalCount nodes { title status format startsAt venuePostcode topics { slug } cancellationReason } } }
            """;
        var anyone = (await app.CreateGraphQLClient(TestCallers.Anonymous).QueryAsync(Query))["webinars"]!;
        var organiser = (await app.CreateGraphQLClient(new Caller("local-organiser", [Role.Organiser])).QueryAsync(Query))["webinars"]!;
        var near = (await app.CreateGraphQLClient(TestCallers.Anonymous).QueryAsync(
            """{ webinars(first: 5, near: { origin: { postcode: "WV2" }, radiusKm: 10 }, order: [{ distanceKm: ASC }]) { nodes { venuePostcode distanceKm } } }"""))["webinars"]!;

        var statuses = anyone["nodes"]!.AsArray().Select(w => w!["status"]!.GetValue<string>()).ToList();
        Assert.Equal(["CANCELLED", "COMPLETED", "PUBLISHED"], statuses.Distinct().Order());
        Assert.Equal(2, statuses.Count(s => s == "COMPLETED"));
        Assert.All(anyone["nodes"]!.AsArray().Where(w => w!["status"]!.GetValue<string>() == "COMPLETED"), w => Assert.True(DateTimeOffset.Parse(w!["startsAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) < DateTimeOffset.UtcNow));
        Assert.All(anyone["nodes"]!.AsArray().Where(w => w!["status"]!.GetValue<string>() == "PUBLISHED"), w => Assert.True(DateTimeOffset.Parse(w!["startsAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow));
        Assert.Contains(anyone["nodes"]!.AsArray(), w => w!["format"]!.GetValue<string>() == "IN_PERSON");
        Assert.Contains(anyone["nodes"]!.AsArray(), w => w!["format"]!.GetValue<string>() == "ONLINE");
        Assert.NotNull(anyone["nodes"]!.AsArray().Single(w => w!["status"]!.GetValue<string>() == "CANCELLED")!["cancellationReason"]);
        Assert.Equal(anyone["totalCount"]!.GetValue<int>() + 1, organiser["totalCount"]!.GetValue<int>());
        Assert.Equal("WV1", near["nodes"]![0]!["venuePostcode"]!.GetValue<string>());
    }
}
