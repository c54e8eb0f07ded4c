using GraphQL;
using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Identity;
using Network.Server.Programmes;

namespace Network.Server.Concerns;

/// <summary>The fields concerns add to other features' types.</summary>
internal static class ConcernExtensionFields
{
    /// <summary>Adds <c>Programme.concerns</c>: the concerns raised in the programme, for those who handle them.</summary>
    public static void AddConcernsField(this ProgrammeGraphType programme) =>
        programme.Field<ListGraphType<NonNullGraphType<ConcernGraphType>>>("concerns")
            .Description("The concerns raised in the programme, most recent first, optionally only those in the statuses given; " +
                "null for callers other than the programme's coordinators and administrators.")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<ConcernStatus>>>>("status", "Only concerns in these statuses, such as [OPEN, ACKNOWLEDGED] for those waiting for action.")
            .Resolve(c =>
            {
                if (!ConcernAccess.Handles(c.Caller(), c.Source))
                {
                    return null;
                }

                var statuses = c.GetArgument<List<ConcernStatus>?>("status");
                return c.Service<ConcernsByProgrammeIdDataLoader>().LoadAsync(c.Source.Id)
                    .Then(all => statuses is null ? all : all.Where(x => statuses.Contains(x.Status)).ToList());
            });
}
