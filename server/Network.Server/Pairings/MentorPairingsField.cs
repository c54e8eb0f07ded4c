using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Identity;
using Network.Server.Mentors;

namespace Network.Server.Pairings;

internal static class MentorPairingsField
{
    /// <summary>Adds <c>Mentor.pairings</c>: the mentor's pairings that the caller may see.</summary>
    public static void AddPairingsField(this MentorGraphType mentor) =>
        mentor.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PairingGraphType>>>>("pairings")
            .Description("The mentor's pairings that the caller may see, most recently proposed first.")
            .Resolve(c =>
            {
                var caller = c.Caller();
                return c.Service<PairingsByMentorIdDataLoader>().LoadAsync(c.Source.Id)
                    .Then(all => all.Where(p => PairingAccess.IsVisible(caller, p)).ToList());
            });
}
