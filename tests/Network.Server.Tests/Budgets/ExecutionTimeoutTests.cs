using System.Net;
using Network.Server.GraphQL.Budgets;

namespace Network.Server.Tests.Budgets;

/// <summary>A request that runs longer than the execution timeout is cancelled, its database commands with it, and answered with a code.</summary>
public sealed class ExecutionTimeoutTests(OneMillisecondApp slow) : IClassFixture<OneMillisecondApp>
{
    // Fifty mentors, each one's employer with its mentors, their skills both ways and the employer's
    // gaps: a page query, then round after round of batched queries, far more than a millisecond of work.
    private const string Heavy = """
        {
          mentors(first: 50) {
            totalCount
            nodes {
              displayName
              employer {
                name
                mentors { displayName offers { level skill { name } } wants { skill { name } } }
                skillsGaps { severity skill { name } }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task A_request_that_runs_too_long_is_cancelled_with_a_code()
    {
        var response = await slow.App.CreateGraphQLClient().PostAsync(Heavy);

        Assert.Equal(200, response.StatusCode);
        Assert.True(response.FirstErrorCode == BudgetErrorCodes.ExecutionTimeout, response.Body?.ToJsonString());
        Assert.Equal("The request ran longer than its 0.001 s limit and was cancelled.", Refused.Message(response.Errors![0]!));
        Assert.Single(response.Errors!);
        Assert.True(response.Body!.AsObject().ContainsKey("data"));
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task The_database_connections_stay_usable_after_cancellations()
    {
        var client = slow.App.CreateGraphQLClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(BudgetErrorCodes.ExecutionTimeout, (await client.PostAsync(Heavy)).FirstErrorCode);
        }

        using var ready = await slow.App.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
