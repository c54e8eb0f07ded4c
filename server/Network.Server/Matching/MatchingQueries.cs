using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Budgets;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;

namespace Network.Server.Matching;

internal static class MatchingQueries
{
    public const int MaxSuggestions = 50;

    public const int DefaultSuggestions = 10;

    public static void AddMatchingQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentorMatchGraphType>>>>("mentorMatches")
            .Description("The best partners for a mentor, best first, each with its score explained. For the mentor, their employer's admins, coordinators and administrators.")
            .Argument<NonNullGraphType<IdGraphType>>("mentorId")
            .Argument<IntGraphType>("first", $"How many suggestions, 1 to {MaxSuggestions}; {DefaultSuggestions} when left out.")
            .SlicedBy("first", DefaultSuggestions, MaxSuggestions)
            .ResolveAsync(async context =>
            {
                var first = context.GetArgument<int?>("first") ?? DefaultSuggestions;
                if (first is < 1 or > MaxSuggestions)
                {
                    throw new ExecutionError($"first must be between 1 and {MaxSuggestions}.") { Code = "PAGE_SIZE_OUT_OF_RANGE" };
                }

                var id = context.GetArgument<string>("mentorId");
                var key = GlobalId.Parse(id, "Mentor");
                var caller = context.Caller();
                await using (var db = await context.Service<IDbContextFactory<NetworkDbContext>>().CreateDbContextAsync(context.CancellationToken))
                {
                    var mentor = await db.Mentors.AsNoTracking().Where(m => m.Id == key)
                        .Select(m => new { m.EmployerId, m.Status })
                        .SingleOrDefaultAsync(context.CancellationToken);
                    if (mentor is null || !(caller.ManagesMentor(key, mentor.EmployerId) || caller.Is(Role.Coordinator)))
                    {
                        // Callers who may not see this mentor's suggestions learn nothing about the mentor either.
                        throw mentor is null && (caller.IsAdmin || caller.Is(Role.Coordinator))
                            ? new ExecutionError($"No mentor has the ID {id}.") { Code = "MENTOR_NOT_FOUND" }
                            : caller.IsAuthenticated
                                ? new ExecutionError("Only the mentor, their employer's admins, coordinators and administrators see a mentor's suggestions.") { Code = AccessSchemaVisitor.NotAuthorizedCode }
                                : new ExecutionError("Sign in to see suggestions.") { Code = AccessSchemaVisitor.NotAuthenticatedCode };
                    }

                    if (mentor.Status != MentorStatus.Active)
                    {
                        throw new ExecutionError("The mentor has withdrawn, so nobody is suggested.") { Code = "MENTOR_WITHDRAWN" };
                    }
                }

                return await context.Service<MatchSuggestions>().SuggestAsync(key, first, context.CancellationToken);
            });
}
