using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Network.Server.Auditing;
using Network.Server.Data;
using Network.Server.Employers;
using Network.Server.Geo;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Instances;

/// <summary>An instance killed in the middle of its work, and one stopped as a service manager stops it.</summary>
[Collection(InstancesRunAlone.Name)]
public sealed class ProcessFaultTests
{
    [Fact]
    public async Task A_killed_instance_leaves_every_mutation_whole_or_absent_and_a_new_one_serves_on()
    {
        var database = await TestCluster.CreateDatabaseAsync();
        var employerId = await EmployerAsync(database);
        var employer = TestData.Id("Employer", employerId);
        const int Mutations = 400;

        await using (var doomed = await ServerProcess.StartAsync(database))
        {
            var admin = doomed.CreateGraphQLClient(TestCallers.Admin);
            var running = Enumerable.Range(0, Mutations).Select(i => Task.Run(() => VolunteerAsync(admin, employer, i))).ToList();

            // SIGKILL once some have been written and while others are still running.
            Assert.True(await Poll.UntilAsync(async () => (await MentorCountAsync(database, employerId)) >= 10, TimeSpan.FromSeconds(60)));
            doomed.Process.Kill();
            await Task.WhenAll(running.Select(async request =>
            {
                try
                {
                    await request;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
                {
                    // Cut off by the kill.
                }
            }));
        }

        // Each volunteered mentor has its three offers, three wants and one audit entry, or is not there at all.
        await using (var db = CreateDbContext(database))
        {
            var mentors = await db.Mentors.Where(m => m.EmployerId == employerId)
                .Select(m => new { m.Id, Offers = m.Offers.Count, Wants = m.Wants.Count })
                .ToListAsync();
            var audited = await db.AuditEntries.Where(a => a.SubjectType == "Mentor" && a.Action == "volunteerMentor")
                .GroupBy(a => a.SubjectId).Select(g => new { SubjectId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.SubjectId, g => g.Count);
            Assert.InRange(mentors.Count, 10, Mutations - 1);
            Assert.All(mentors, mentor =>
            {
                Assert.Equal(3, mentor.Offers);
                Assert.Equal(3, mentor.Wants);
                Assert.Equal(1, audited.GetValueOrDefault(mentor.Id));
            });
            Assert.Equal(mentors.Select(m => m.Id).Order(), audited.Keys.Order());
        }

        await using var successor = await ServerProcess.StartAsync(database);
        var client = successor.CreateGraphQLClient(TestCallers.Admin);
        var before = await MentorCountAsync(database, employerId);
        var volunteered = await VolunteerAsync(client, employer, Mutations);
        Assert.Null(volunteered.Errors);
        Assert.Null(volunteered.Data!["volunteerMentor"]!["errors"]);
        Assert.Equal(before + 1, await MentorCountAsync(database, employerId));
    }

    [Fact]
    public async Task On_sigterm_an_instance_finishes_what_is_in_flight_refuses_new_connections_says_goodbye_to_websockets_and_exits_0()
    {
        var database = await TestCluster.CreateDatabaseAsync();
        await using var server = await ServerProcess.StartAsync(database, new Dictionary<string, string> { ["Hosting:ShutdownTimeout"] = "00:00:30" });

        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{server.Port}/graphql"), CancellationToken.None);
        await SendAsync(socket, """{"type":"connection_init"}""");
        Assert.Contains("connection_ack", await ReceiveAsync(socket));

        // A request in flight: its headers are read and the server asked for its body (100 Continue), which comes later.
        const string body = """{"query":"{ skills(first: 1) { totalCount } }"}""";
        using var slow = new TcpClient();
        await slow.ConnectAsync(IPAddress.Loopback, server.Port);
        var stream = slow.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: application/json\r\nExpect: 100-continue\r\nContent-Length: {body.Length}\r\n\r\n"));
        Assert.StartsWith("HTTP/1.1 100", await ReadHeadAsync(stream));

        server.Process.Terminate();

        // The WebSocket is closed by the server with 1001, going away.
        var closing = await socket.ReceiveAsync(new byte[4096], new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        Assert.Equal(WebSocketMessageType.Close, closing.MessageType);
        Assert.Equal(1001, (int?)socket.CloseStatus);
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);

        // New connections are refused while the request in flight is still open.
        Assert.True(await Poll.UntilAsync(async () => await RefusedAsync(server.Port), TimeSpan.FromSeconds(30)), server.Output);
        Assert.False(server.Process.HasExited);

        // The request in flight completes.
        await stream.WriteAsync(Encoding.UTF8.GetBytes(body));
        var response = await ReadToEndAsync(stream);
        Assert.StartsWith("HTTP/1.1 200", response);
        Assert.Contains("totalCount", response);

        Assert.True(await server.Process.WaitForExitAsync(TimeSpan.FromSeconds(30)), server.Output);
        Assert.Equal(0, server.Process.ExitCode);
    }

    private static readonly string[] Evenings = ["WEEKDAY_EVENINGS"];

    private static readonly object[] Offers = [Skill("data-analytics"), Skill("cybersecurity"), Skill("cloud-computing")];

    private static readonly object[] Wants = [Skill("budget-planning"), Skill("client-relations"), Skill("strategic-planning")];

    private static async Task<GraphQLResponse> VolunteerAsync(GraphQLClient client, string employer, int n) =>
        await client.PostAsync(
            """
            mutation ($input: VolunteerMentorInput!) { volunteerMentor(input: $input) { mentor { id } errors { __typename } } }
            """,
            new
            {
                input = new
                {
                    employerId = employer,
                    displayName = $"Volunteer {n}",
                    careerStage = "MID",
                    capacity = 2,
                    format = "ONLINE",
                    maxTravelKm = 10,
                    availability = Evenings,
                    offers = Offers,
                    wants = Wants,
                },
            });

    private static object Skill(string slug) => new { skillId = TestData.SkillId(slug), level = "INTERMEDIATE" };

    private static NetworkDbContext CreateDbContext(string database) =>
        new(new DbContextOptionsBuilder<NetworkDbContext>().UseNetworkDatabase(database).Options);

    private static async Task<int> MentorCountAsync(string database, int employerId)
    {
        await using var db = CreateDbContext(database);
        return await db.Mentors.CountAsync(m => m.EmployerId == employerId);
    }

    private static async Task<int> EmployerAsync(string database)
    {
        var found = (GeocodeOutcome.Found)PostcodeDirectory.Instance.Geocode("B1 1AA");
        var employer = new Employer
        {
            Name = "Kill Switch Ltd",
            Sector = Sector.IctDigital,
            Size = SizeBand.Small,
            Postcode = found.Postcode.ToString(),
            Location = found.District.Centroid,
            LocalAuthorityCode = found.District.LocalAuthority.Code,
            LocalAuthorityName = found.District.LocalAuthority.Name,
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        await using var db = CreateDbContext(database);
        db.Employers.Add(employer);
        await db.SaveChangesAsync();
        return employer.Id;
    }

    private static async Task SendAsync(ClientWebSocket socket, string text) =>
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private static async Task<string> ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[4096];
        var received = await socket.ReceiveAsync(buffer, new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return Encoding.UTF8.GetString(buffer, 0, received.Count);
    }

    private static async Task<bool> RefusedAsync(int port)
    {
        using var probe = new TcpClient();
        try
        {
            await probe.ConnectAsync(IPAddress.Loopback, port);
            return false;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return true;
        }
    }

    /// <summary>Reads one response head (up to the blank line).</summary>
    private static async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var one = new byte[1];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(one, timeout.Token) == 1)
        {
            head.Append((char)one[0]);
        }

        return head.ToString();
    }

    /// <summary>Reads until the server closes the connection, as it does after its last response when shutting down.</summary>
    private static async Task<string> ReadToEndAsync(NetworkStream stream)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var reader = new StreamReader(stream, Encoding.UTF8, leaveOpen: true);
        return await reader.ReadToEndAsync(timeout.Token);
    }
}
